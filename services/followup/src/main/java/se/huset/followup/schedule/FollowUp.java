package se.huset.followup.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One scheduled follow-up. It comes either from an enrollment ({@code enrollmentId}, programs' feed) or from a first
 * visit ({@code appointmentId}, booking's feed; its {@code programCode} is then {@link #FIRST_VISIT}).
 */
@Serdeable
public record FollowUp(UUID id, @Nullable UUID enrollmentId, @Nullable UUID appointmentId, UUID clientId, String programCode, String ownerOrg, String kind,
                       LocalDate dueOn, FollowUpStatus status, @Nullable String assignedTo, @Nullable Instant closedAt) {

    /** The "programme" of a follow-up that started at a first visit, so the reports show it as its own group. */
    public static final String FIRST_VISIT = "FIRST_VISIT";
}
