package se.huset.kit.security;

import java.util.Locale;
import java.util.Set;

/**
 * The rule for the secrets a service presents for its token: at least 32 characters and none that has ever been
 * written down somewhere public (the old compose default, the tests' value). A process whose secret breaks it
 * refuses to start rather than run with a credential an insider can guess.
 */
public final class SecretStrength {

    public static final int MIN_LENGTH = 32;
    /** Published once, so known: never accepted, whatever their length. */
    private static final Set<String> KNOWN = Set.of(
            "dev-service-secret-change-me-0123456789abcdef", "dev-audit-key-change-me-0123456789abcdef", "test-secret", "changeme", "change-me", "secret");

    private SecretStrength() {
    }

    /** Throws, naming the setting but never its value, when {@code secret} is missing, short or known. */
    public static String require(String setting, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(setting + " is not set: give each service its own secret ("
                    + "./huset generates them into .huset/secrets.env)");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(setting + " is shorter than " + MIN_LENGTH + " characters");
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        if (KNOWN.contains(lower) || lower.contains("change-me") || lower.contains("changeme")) {
            throw new IllegalStateException(setting + " is a published default; generate a random one");
        }
        return secret;
    }
}
