package se.huset.kit.consent;

/** The outcome of {@link ConsentPolicy}: allowed or not, and the basis written to the audit log. */
public record AccessDecision(boolean allowed, Reason reason, String basis) {

    /** SERVICE: the service's own in-process job; SERVICE_TOKEN: another service's token, refused client data. */
    public enum Reason { OWNER, CONSENT, EMERGENCY, SERVICE, SERVICE_TOKEN, CONSENT_REQUIRED, AGGREGATE_ONLY, NO_ORG }

    static AccessDecision allow(Reason reason, String basis) {
        return new AccessDecision(true, reason, basis);
    }

    static AccessDecision deny(Reason reason) {
        return new AccessDecision(false, reason, reason.name());
    }
}
