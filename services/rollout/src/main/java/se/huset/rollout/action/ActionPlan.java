package se.huset.rollout.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.rollout.plan.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the steering group's action plan (seed 003). */
@Serdeable
public record ActionPlan(UUID id, String title, String responsible, String activities, LocalDate startsOn,
                         LocalDate endsOn, String resources, String followUp, @Nullable String milestone,
                         @Nullable String kpi, Status status, Instant createdAt, String createdBy) {
}
