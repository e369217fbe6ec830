package se.huset.housing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.MalformedRequestHandler;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit's handler names a field it can find by type; a date or an id that cannot be parsed (housing's requests
 * are full of both) is reported by the serde decoder as "Error decoding property [LocalDate validTo] …", which
 * names the field directly. Where the kit fell back to the body's name, this names the property instead. The same
 * lookup belongs in the kit's {@link MalformedRequestHandler}; this class goes when it is there.
 */
@Produces
@Singleton
@Replaces(MalformedRequestHandler.class)
public class MalformedFieldNames extends MalformedRequestHandler {

    private static final Pattern PROPERTY = Pattern.compile("Error decoding property \\[\\S+ (\\w+)]");
    private static final String MESSAGE = "cannot be read: a date is YYYY-MM-DD, an id is a UUID";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        HttpResponse<Problem> answer = super.handle(request, exception);
        Problem problem = answer.body();
        Optional<String> property = property(exception);
        boolean fellBack = problem != null && problem.errors() != null && !problem.errors().isEmpty()
                && problem.errors().get(0).field().equals(exception.getArgument().getName());
        if (!fellBack || property.isEmpty()) {
            return answer;
        }
        String field = property.get();
        return ProblemResponses.of(new Problem(ProblemTypes.VALIDATION, "Malformed request", 400,
                field + ": " + MESSAGE, List.of(new Problem.FieldError(field, MESSAGE))));
    }

    private static Optional<String> property(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
