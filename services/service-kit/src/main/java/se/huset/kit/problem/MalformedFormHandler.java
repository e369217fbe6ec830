package se.huset.kit.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;

/**
 * A form body Netty cannot decode (broken percent-encoding such as {@code name=%zz}, a truncated multipart body)
 * is the client's mistake: 400 problem+json, not the 500 Micronaut gives any exception it does not know.
 */
@Produces
@Singleton
public class MalformedFormHandler
        implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    public MalformedFormHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException exception) {
        return problems.handle(request, new ProblemException(new Problem(ProblemTypes.MALFORMED, "Malformed request",
                400, "The form could not be decoded: " + exception.getMessage(), null)));
    }
}
