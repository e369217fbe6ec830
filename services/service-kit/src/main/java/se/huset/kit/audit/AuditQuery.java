package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.list.Cursor;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What an auditor asks of the log: one user's rows and/or a time window ({@code from} inclusive, {@code to} not). */
public record AuditQuery(@Nullable String username, @Nullable Instant from, @Nullable Instant to,
                         @Nullable Cursor after, int limit) {

    /** The sort key of a page's rows: time, then id for rows of the same microsecond. */
    public static final int CURSOR_KEYS = 2;

    /** What was asked, as the resource of the auditor's own audit row. */
    public String asked() {
        return "audit?username=" + (username == null ? "" : username) + "&from=" + (from == null ? "" : from)
                + "&to=" + (to == null ? "" : to);
    }

    /**
     * The query from an auditor's parameters: {@code from}/{@code to} an instant, or a day in the clinic's time zone
     * ({@code to}'s day included); a bad value is 400 naming the parameter.
     */
    public static AuditQuery of(@Nullable String username, @Nullable String from, @Nullable String to,
                                @Nullable String after, int limit) {
        String user = username == null || username.isBlank() ? null : username.strip();
        return new AuditQuery(user, instant("from", from, false), instant("to", to, true),
                Cursor.parse("after", after, CURSOR_KEYS).orElse(null), limit);
    }

    private static @Nullable Instant instant(String name, @Nullable String raw, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(raw.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ClinicTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD) or an instant (2026-03-01T08:00:00Z)");
            }
        }
    }
}
