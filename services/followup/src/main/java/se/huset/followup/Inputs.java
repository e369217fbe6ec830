package se.huset.followup;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads request fields strictly, naming the field on failure rather than the whole request. */
public final class Inputs {

    private Inputs() {
    }

    public static UUID uuid(String field, @Nullable String text) {
        try {
            return UUID.fromString(required(field, text));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    public static String required(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        return text.strip();
    }

    /** Required free text of at most {@code max} characters, stripped. */
    public static String text(String field, @Nullable String text, int max) {
        String value = required(field, text);
        if (value.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        return value;
    }

    @Nullable
    public static UUID optionalUuid(String field, @Nullable String text) {
        return text == null || text.isBlank() ? null : uuid(field, text);
    }

    public static <E extends Enum<E>> E oneOf(String field, @Nullable String text, Class<E> type) {
        String value = required(field, text);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int between(String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
        if (value < min || value > max) {
            throw ProblemException.invalid(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    @Nullable
    public static LocalDate optionalDate(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

    /** A page size: {@code fallback} when not given, else a whole number from 1 to {@code max}. */
    public static int limit(String field, @Nullable String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.invalid(field, "must be a whole number from 1 to " + max);
    }

    /** An optional yes/no switch: absent or empty is no; anything but true or false is refused. */
    public static boolean flag(String field, @Nullable String text) {
        if (text == null || text.isBlank() || "false".equals(text.strip())) {
            return false;
        }
        if ("true".equals(text.strip())) {
            return true;
        }
        throw ProblemException.invalid(field, "must be true or false");
    }

    /** An optional enum constant, given in any case; a value not among them names the field. */
    @Nullable
    public static <E extends Enum<E>> E optionalOneOf(String field, @Nullable String text, Class<E> type) {
        return text == null || text.isBlank() ? null : oneOf(field, text.strip().toUpperCase(java.util.Locale.ROOT), type);
    }
}
