package se.huset.kit.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import se.huset.contracts.problem.ProblemTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures as 400 problem+json listing each field by its JSON path (e.g. {@code person.identifier}). */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ValidationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(null);
        return ProblemResponses.of(new Problem(ProblemTypes.VALIDATION, "Invalid input", 400, detail, errors));
    }

    /** Drops the method and parameter nodes of the path: what is left is the field as the client sent it. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (name == null || name.isEmpty()) {
                continue;
            }
            parts.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }
}
