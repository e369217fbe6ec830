package se.huset.programs;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reads identifiers from requests strictly, naming the field on failure rather than the whole request. */
public final class Inputs {

    private Inputs() {
    }

    public static UUID uuid(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** A list's {@code limit}: 1–200, 50 when absent. */
    public static int limit(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** An optional filter naming one of an enum's constants. */
    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** {@code true}, {@code false} or absent (false). */
    public static boolean flag(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank() || "false".equalsIgnoreCase(raw.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(raw.strip())) {
            return true;
        }
        throw ProblemException.invalid(field, "must be true or false");
    }
}
