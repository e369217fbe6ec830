package se.huset.booking;

import se.huset.booking.calendar.TimeRange;
import se.huset.kit.problem.ProblemException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
}
