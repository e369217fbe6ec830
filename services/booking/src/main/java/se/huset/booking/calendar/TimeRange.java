package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;

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

    /** A range from two request fields, naming the field that is wrong (400). */
    public static TimeRange of(String startField, @Nullable String start, String endField, @Nullable String end) {
        Instant from = Inputs.instant(startField, start);
        Instant to = Inputs.instant(endField, end);
        if (!to.isAfter(from)) {
            throw ProblemException.invalid(endField, "must be after " + startField);
        }
        return new TimeRange(from, to);
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
