package se.huset.followup.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Serdeable
public record FollowUp(UUID id, UUID enrollmentId, UUID clientId, String programCode, String ownerOrg, String kind,
                       LocalDate dueOn, FollowUpStatus status, @Nullable String assignedTo, @Nullable Instant closedAt) {
}
