package se.huset.kit.consent;

/** The outcome of {@link ConsentPolicy}: allowed or not, and the basis written to the audit log. */
public record AccessDecision(boolean allowed, Reason reason, String basis) {

    /**
     * SERVICE: the service's own in-process job; SERVICE_TOKEN: another service's token, refused client data;
     * FRONT_DESK: the owning body's staff on identity and bookings, its reception on the contacts in its queue; NEED_TO_KNOW: the owning
     * body's staff without a care relationship with the client.
     */
    public enum Reason {
        OWNER, FRONT_DESK, CONSENT, EMERGENCY, SERVICE, SERVICE_TOKEN, CONSENT_REQUIRED, NEED_TO_KNOW,
        AGGREGATE_ONLY, NO_ORG
    }

    static AccessDecision allow(Reason reason, String basis) {
        return new AccessDecision(true, reason, basis);
    }

    static AccessDecision deny(Reason reason) {
        return new AccessDecision(false, reason, reason.name());
    }
}
