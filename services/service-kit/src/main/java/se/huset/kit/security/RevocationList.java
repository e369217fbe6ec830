package se.huset.kit.security;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The tokens the gateway has ended before their expiry, as it serves them on its internal listener
 * ({@code GET /api/auth/revocations}): one on logout, and every token a user holds when an admin disables the
 * account, resets its password or changes its roles or body. Each is listed until it would have expired anyway.
 */
@Serdeable
public record RevocationList(List<RevokedToken> tokens) {

    public static final RevocationList NONE = new RevocationList(List.of());

    /** A token ended, by its {@code jti}. */
    @Serdeable
    public record RevokedToken(String id, Instant expiresAt) {
    }
}
