package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.ProblemResponses;

import java.util.UUID;

/**
 * 409 problem+json naming the appointment that holds the time. Runs after the refused transaction rolled back,
 * so the lookup sees the committed booking that won.
 */
@Produces
@Singleton
public class DoubleBookingHandler implements ExceptionHandler<DoubleBookingException, HttpResponse<DoubleBookingHandler.Conflict>> {

    private final NoDoubleBooking rule;

    public DoubleBookingHandler(NoDoubleBooking rule) {
        this.rule = rule;
    }

    @Override
    @Transactional(readOnly = true)
    public HttpResponse<Conflict> handle(HttpRequest request, DoubleBookingException e) {
        Conflict body = rule.conflicts(e.appointmentId(), e.holds(), e.during()).stream().findFirst()
                .map(c -> new Conflict(ProblemTypes.CONFLICT, "Double booking", 409,
                        describe(c.kind()) + " is already booked at that time by appointment " + c.appointmentId(),
                        c.appointmentId(), c.kind().name()))
                .orElseGet(() -> new Conflict(ProblemTypes.CONFLICT, "Double booking", 409,
                        "The time collides with a booking made at the same moment; search free slots again.",
                        null, null));
        return HttpResponse.status(HttpStatus.CONFLICT).body(body).contentType(ProblemResponses.MEDIA_TYPE);
    }

    private static String describe(NoDoubleBooking.Kind kind) {
        return switch (kind) {
            case STAFF -> "The staff member";
            case ROOM -> "The room";
            case CLIENT -> "The client";
        };
    }

    /** RFC 7807 with two extension members: which appointment holds the time, and which kind of resource. */
    @Serdeable
    public record Conflict(String type, String title, int status, String detail,
                           @Nullable UUID conflictingAppointmentId, @Nullable String resource) {
    }
}
