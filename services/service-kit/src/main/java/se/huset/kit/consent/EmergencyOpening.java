package se.huset.kit.consent;

import java.time.Instant;
import java.util.UUID;

/** A break-the-glass opening of one client for one user until {@code expiresAt}. */
@io.micronaut.serde.annotation.Serdeable
public record EmergencyOpening(long id, UUID clientId, String username, String reason, Instant expiresAt) {

    public boolean opens(String user, UUID client, Instant now) {
        return username.equals(user) && clientId.equals(client) && now.isBefore(expiresAt);
    }
}
