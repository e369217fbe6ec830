package se.huset.kit.security;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The revocations this process knows ({@link RevocationPoller} refreshes them every couple of seconds): a token they
 * name is refused like an expired one, even when its signature was verified a moment ago ({@link VerifiedTokens}).
 */
@Singleton
public class RevokedTokens {

    private volatile Set<String> tokenIds = Set.of();

    /** Replaces what is known by the gateway's whole current list. */
    public void replace(RevocationList list) {
        tokenIds = list.tokens().stream().map(RevocationList.RevokedToken::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean revoked(Authentication authentication) {
        Object jti = authentication.getAttributes().get("jti");
        return jti != null && tokenIds.contains(jti.toString());
    }

    /** A JWT time claim as Micronaut hands it on: a Date, or seconds since the epoch. */
    public static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
