package se.huset.kit.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body or parameter that cannot be read (malformed JSON, unknown enum value, wrong type) answers
 * 400 problem+json naming the field when the decoder tells us which one.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
public class MalformedRequestHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]]*\\s)?([A-Za-z0-9_]+)\\]");
    private static final Pattern ENUM_VALUE = Pattern.compile("No enum constant [\\w.$]+\\.(\\S+)");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String argument = exception.getArgument().getName();
        String field = "body".equals(argument) ? fieldIn(exception) : argument;
        String message = messageFor(exception);
        return ProblemResponses.of(new Problem(ProblemTypes.VALIDATION, "Malformed request", 400,
                field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    private static String fieldIn(Throwable exception) {
        String last = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                last = m.group(1);
            }
        }
        return last == null ? "body" : last;
    }

    private static String messageFor(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = ENUM_VALUE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return "unknown value '" + m.group(1) + "'";
            }
        }
        return "cannot be read as the expected type, or the JSON is malformed";
    }
}
