package se.huset.contracts.security;

/** Names of the JWT claims the gateway issues and every service reads. */
public final class Claims {
    public static final String ROLES = "roles";
    public static final String ORG = "org";
    public static final String UNIT = "unit";
    public static final String NAME = "name";

    private Claims() {
    }
}
