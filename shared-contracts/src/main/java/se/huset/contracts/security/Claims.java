package se.huset.contracts.security;

/** Names of the JWT claims the gateway issues and every service reads. */
public final class Claims {
    public static final String ROLES = "roles";
    public static final String ORG = "org";
    public static final String UNIT = "unit";
    public static final String NAME = "name";
    /** A SERVICE token's scopes, space-separated ({@link Scopes}). */
    public static final String SCOPE = "scope";

    private Claims() {
    }
}
