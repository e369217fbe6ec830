package se.huset.rollout.cost;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** One shared cost entered by the steering group, with each body's share. */
@Serdeable
public record SharedCost(UUID id, int year, CostCategory category, CostSplit split, @Nullable String note) {
}
