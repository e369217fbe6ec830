package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret the services present for a service token ({@code huset.service-secret}). Compared in constant time
 * on digests, so neither content nor length leaks through timing; an unset secret matches nothing.
 */
@Singleton
public class ServiceSecret {

    private final byte[] expected;

    public ServiceSecret(@Value("${huset.service-secret:}") String secret) {
        this.expected = secret.isEmpty() ? null : digest(secret);
    }

    public boolean matches(String presented) {
        return expected != null && presented != null && MessageDigest.isEqual(expected, digest(presented));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
