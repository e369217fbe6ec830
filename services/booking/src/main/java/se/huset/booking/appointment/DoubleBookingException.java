package se.huset.booking.appointment;

import se.huset.booking.calendar.TimeRange;

import java.util.List;
import java.util.UUID;

/** The database refused a booking because a resource it holds is already booked at that time. */
public class DoubleBookingException extends RuntimeException {

    private final transient UUID appointmentId;
    private final transient List<NoDoubleBooking.Hold> holds;
    private final transient TimeRange during;

    public DoubleBookingException(UUID appointmentId, List<NoDoubleBooking.Hold> holds, TimeRange during) {
        super("double booking refused by no_double_booking");
        this.appointmentId = appointmentId;
        this.holds = holds;
        this.during = during;
    }

    public UUID appointmentId() {
        return appointmentId;
    }

    public List<NoDoubleBooking.Hold> holds() {
        return holds;
    }

    public TimeRange during() {
        return during;
    }
}
