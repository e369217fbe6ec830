package se.huset.contracts.problem;

/** The {@code type} URIs of the problem+json answers other parts rely on. */
public final class ProblemTypes {
    public static final String BASE = "https://huset.example/problems/";
    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED = BASE + "malformed-request";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String CONSENT_REQUIRED = BASE + "consent-required";
    /** Own body, but no care relationship with the client: inre sekretess (PDL 4 kap 1 §, OSL 26 kap 1 §). */
    public static final String NEED_TO_KNOW = BASE + "need-to-know";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String INTERNAL = BASE + "internal-error";

    private ProblemTypes() {
    }
}
