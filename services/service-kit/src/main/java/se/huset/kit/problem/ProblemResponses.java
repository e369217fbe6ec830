package se.huset.kit.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import se.huset.contracts.problem.ProblemTypes;

/** Builds problem+json responses; the one place that maps a status to a problem type. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .body(problem)
                .contentType(MEDIA_TYPE);
    }

    public static Problem forStatus(int status, String detail) {
        return new Problem(typeFor(status), HttpStatus.valueOf(status).getReason(), status, detail, null);
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemTypes.MALFORMED;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 409 -> ProblemTypes.CONFLICT;
            case 422 -> ProblemTypes.UNPROCESSABLE;
            case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
            case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.BASE + "http-" + status;
        };
    }
}
