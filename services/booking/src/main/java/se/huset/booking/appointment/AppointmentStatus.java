package se.huset.booking.appointment;

public enum AppointmentStatus {
    BOOKED,
    ATTENDED,
    NO_SHOW,
    CANCELLED_BY_CLIENT,
    CANCELLED_BY_CLINIC;

    public boolean cancelled() {
        return this == CANCELLED_BY_CLIENT || this == CANCELLED_BY_CLINIC;
    }
}
