package se.huset.kit.problem;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;

import java.util.List;

/**
 * Turns every framework error (404 route, 405, 415, body conversion, …) into RFC 7807 problem+json.
 * Replaces Micronaut's default processor, which steps aside when another one exists.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        int status = response.code();
        List<Problem.FieldError> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = context.getErrors().isEmpty() || status >= 500
                ? (status >= 500 ? "The request could not be completed; it has been logged." : null)
                : context.getErrors().get(0).getMessage();
        String type = fields.isEmpty() ? ProblemResponses.typeFor(status) : ProblemTypes.VALIDATION;
        Problem problem = new Problem(type, response.reason(), status, detail, fields.isEmpty() ? null : fields);
        return response.body(problem).contentType(ProblemResponses.MEDIA_TYPE);
    }
}
