package se.huset.kit.problem;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads API request fields strictly, naming the field on failure (400 problem+json with the field) rather than
 * the whole request.
 */
public final class Inputs {

    private Inputs() {
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

    public static UUID uuid(String field, @Nullable String text) {
        try {
            return UUID.fromString(required(field, text));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
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
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
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

    /** A time with its offset: one without is ambiguous across daylight-saving changes, so it is refused. */
    public static Instant instant(String field, @Nullable String text) {
        try {
            return OffsetDateTime.parse(required(field, text), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 time with offset, e.g. 2026-11-23T09:00:00+01:00");
        }
    }

    public static LocalTime time(String field, @Nullable String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a local time such as 08:30");
        }
    }

    public static DayOfWeek weekday(String field, @Nullable String text) {
        try {
            return DayOfWeek.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be MONDAY … SUNDAY");
        }
    }
}
