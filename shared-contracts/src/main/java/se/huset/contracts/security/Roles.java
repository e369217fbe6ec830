package se.huset.contracts.security;

import java.util.List;

/** Role names carried in the token's {@code roles} claim. Constants so they can be used in {@code @Secured}. */
public final class Roles {
    public static final String RECEPTION = "RECEPTION";
    public static final String THERAPIST = "THERAPIST";
    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String HOUSING_STAFF = "HOUSING_STAFF";
    public static final String STEERING = "STEERING";
    public static final String RESEARCHER = "RESEARCHER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String SERVICE = "SERVICE";
    public static final String USER_ORG = "USER_ORG";

    /** Roles that work with individual clients (subject to the consent rule). */
    public static final List<String> CLIENT_WORK = List.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);

    /** Roles that only ever see aggregates. */
    public static final List<String> AGGREGATE_ONLY = List.of(STEERING, USER_ORG, RESEARCHER);

    public static final List<String> ALL = List.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF,
            STEERING, RESEARCHER, AUDITOR, ADMIN, SERVICE, USER_ORG);

    private Roles() {
    }
}
