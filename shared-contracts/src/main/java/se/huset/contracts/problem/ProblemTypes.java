package se.huset.contracts.problem;

/** The {@code type} URIs of the problem+json answers other parts rely on. */
public final class ProblemTypes {
    public static final String BASE = "https://huset.example/problems/";
    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED = BASE + "malformed-request";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String CONSENT_REQUIRED = BASE + "consent-required";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String INTERNAL = BASE + "internal-error";

    private ProblemTypes() {
    }
}
