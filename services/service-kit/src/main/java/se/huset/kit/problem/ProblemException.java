package se.huset.kit.problem;

import io.micronaut.http.HttpStatus;
import se.huset.contracts.problem.ProblemTypes;

import java.util.List;

/** Thrown by domain code to answer with a specific problem+json; never carries client data in its text. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, what + " was not found", null));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem(ProblemTypes.CONFLICT, "Conflict", 409, detail, null));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(new Problem(ProblemTypes.UNPROCESSABLE, "Unprocessable", 422, detail, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403, detail, null));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Invalid input", HttpStatus.BAD_REQUEST.getCode(),
                field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }
}
