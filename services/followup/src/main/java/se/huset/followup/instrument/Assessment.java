package se.huset.followup.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record Assessment(UUID id, UUID clientId, String ownerOrg, String instrument, List<Integer> answers, int score,
                         String riskLevel, @Nullable Boolean aboveSexCutoff, @Nullable String note,
                         String assessedBy, Instant assessedAt) {
}
