package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Books a group's weekly sessions in the booking service, which owns rooms and staff calendars. */
public interface GroupSessionBooking {

    /** The series as booking takes it: the first occurrence's start and end (ISO-8601 with offset), repeated weekly. */
    record SeriesOrder(String title, UUID roomId, int capacity, List<String> facilitators, String start, String end,
                       int weeks) {
    }

    record BookedSession(UUID appointmentId, int occurrence, Instant start, Instant end) {
    }

    record BookedSeries(UUID seriesId, List<BookedSession> sessions) {
    }

    /**
     * Books as the caller (their token is passed on, so booking applies their rights); {@code idempotencyKey} makes
     * a retried group creation book nothing twice.
     */
    BookedSeries book(String callerToken, SeriesOrder order, @Nullable String idempotencyKey);
}
