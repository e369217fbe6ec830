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
}
