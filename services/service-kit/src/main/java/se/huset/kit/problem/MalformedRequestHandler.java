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

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body or parameter that cannot be read (malformed JSON, unknown enum value, wrong type) answers 400
 * problem+json. The decoder names the type it could not read; the field is found by that type in the request
 * record, so the client learns which field to fix.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
public class MalformedRequestHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");
    /** The decoder's own naming of the property, e.g. "Error decoding property [LocalDate validTo]". */
    private static final Pattern PROPERTY = Pattern.compile("Error decoding property \\[\\S+ (\\w+)]");
    private static final Pattern EXPECTED = Pattern.compile("(Expected one of \\[[^\\]]*\\] but was '[^']*')");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String field = fieldOf(exception).or(() -> find(PROPERTY, exception))
                .orElse(exception.getArgument().getName());
        String message = find(EXPECTED, exception).orElse("cannot be read as the expected type, or the JSON is malformed");
        return ProblemResponses.of(new Problem(ProblemTypes.VALIDATION, "Malformed request", 400,
                field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    private static Optional<String> fieldOf(ConversionErrorException exception) {
        Class<?> body = exception.getArgument().getType();
        return find(TYPE, exception).flatMap(type -> {
            try {
                return pathTo(body, Class.forName(type, false, body.getClassLoader()), "", 0);
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** The dotted path of the first record component of the wanted type (directly or as a list's element). */
    private static Optional<String> pathTo(Class<?> record, Class<?> wanted, String prefix, int depth) {
        if (!record.isRecord() || depth > 4) {
            return Optional.empty();
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType() == wanted || elementType(c.getGenericType()) == wanted) {
                return Optional.of(prefix + c.getName());
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Optional<String> nested = pathTo(c.getType(), wanted, prefix + c.getName() + ".", depth + 1);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }

    private static Optional<String> find(Pattern pattern, Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = pattern.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
