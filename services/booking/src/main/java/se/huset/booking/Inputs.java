package se.huset.booking;

import io.micronaut.core.annotation.Nullable;
import se.huset.booking.calendar.TimeRange;
import se.huset.kit.problem.ProblemException;

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

/**
 * Reads times from requests strictly, naming the field on failure: a time without an offset is ambiguous across
 * daylight-saving changes, so it is refused rather than guessed.
 */
public final class Inputs {

    private Inputs() {
    }

    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 time with offset, e.g. 2026-11-23T09:00:00+01:00");
        }
    }

    public static TimeRange range(String startField, String start, String endField, String end) {
        Instant from = instant(startField, start);
        Instant to = instant(endField, end);
        if (!to.isAfter(from)) {
            throw ProblemException.invalid(endField, "must be after " + startField);
        }
        return new TimeRange(from, to);
    }

    public static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a local time such as 08:30");
        }
    }

    public static DayOfWeek weekday(String field, String text) {
        try {
            return DayOfWeek.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be MONDAY … SUNDAY");
        }
    }

    /** A list's {@code limit}: absent is {@code fallback}; otherwise a whole number from 1 to {@code max}. */
    public static int limit(@Nullable String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other number out of range
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + max);
    }

    /** An optional filter naming one constant of {@code type}, e.g. {@code urgency=ACUTE}. */
    public static <E extends Enum<E>> @Nullable E constant(String field, @Nullable String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** An optional local date filter such as {@code dueFrom=2026-11-23}. */
    public static @Nullable LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-11-23");
        }
    }

    /** An optional yes/no filter: {@code true} or {@code false}, absent is false. */
    public static boolean flag(String field, @Nullable String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid(field, "must be true or false");
    }

    /** An optional id filter such as {@code room=…}. */
    public static @Nullable java.util.UUID uuid(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be an id such as 3f2a8c0e-5b1d-4c5e-9a51-0b6f3d2e1a77");
        }
    }
}
