package se.huset.booking.appointment;

public enum AppointmentType {
    FIRST_VISIT(true),
    INDIVIDUAL(true),
    GROUP_SESSION(false),
    /** Samordnad individuell plan: the client with staff from both bodies. */
    SIP_MEETING(true),
    FOLLOW_UP(true),
    /** A user organisation's hours in the reception; no client. */
    USER_ORG_PRESENCE(false);

    private final boolean forOneClient;

    AppointmentType(boolean forOneClient) {
        this.forOneClient = forOneClient;
    }

    public boolean forOneClient() {
        return forOneClient;
    }
}
