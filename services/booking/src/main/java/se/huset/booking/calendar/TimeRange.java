package se.huset.booking.calendar;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;

/** A half-open time range [start, end), as PostgreSQL's tstzrange '[)' holds it. */
@Serdeable
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
