package se.huset.followup.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One between-chairs alert: what happened ({@code occurredAt}: the discharge, the move-out, the programme's last day,
 * the contact coming in), since when it is an alert ({@code since}: when the grace or the first-visit days ran out),
 * and how far it has been worked. {@code sourceId} is the record that raised it (contact, placement, follow-up).
 */
@Serdeable
public record Alert(UUID id, BetweenChairsRule.Type type, UUID sourceId, UUID clientId, String ownerOrg, Instant occurredAt,
                    Instant since, AlertStatus status, @Nullable String assignedTo, @Nullable String acknowledgedBy,
                    @Nullable Instant acknowledgedAt, @Nullable Instant closedAt, @Nullable String closedBy,
                    @Nullable CloseReason closeReason) {
}
