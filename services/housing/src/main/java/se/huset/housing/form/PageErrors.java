package se.huset.housing.form;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's errors as the page shows them: message keys next to the fields they concern, and one message for the
 * form as a whole (with arguments) when the refusal is not about a field. The HTTP status stays the API's.
 */
public record PageErrors(Map<String, String> fields, @Nullable String formKey, List<Object> formArgs, int status) {

    public static PageErrors none() {
        return new PageErrors(Map.of(), null, List.of(), 200);
    }

    public static PageErrors fields(Map<String, String> fields) {
        return new PageErrors(fields, null, List.of(), 400);
    }

    /** A refusal of placing (NotEligible, UnitFull) is mapped by the placement pages themselves. Field errors become {@code form.error.<field>} (a nested {@code aftercare.x} becomes {@code x}). */
    public static PageErrors of(ProblemException e) {
        Problem p = e.problem();
        if (p.errors() != null && !p.errors().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Problem.FieldError error : p.errors()) {
                String field = error.field().substring(error.field().lastIndexOf('.') + 1);
                fields.putIfAbsent(field, "form.error." + field);
            }
            return new PageErrors(fields, null, List.of(), p.status());
        }
        String key = switch (p.status()) {
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 409 -> "error.conflict";
            default -> "error.unprocessable";
        };
        return new PageErrors(Map.of(), key, List.of(p.detail() == null ? "" : p.detail()), p.status());
    }

    /** A list's query parameter that cannot be used: the page names it and shows the list's first page way. */
    public static PageErrors listParameter(ProblemException e) {
        Problem p = e.problem();
        String parameter = p.errors() == null || p.errors().isEmpty() ? "" : p.errors().get(0).field();
        return new PageErrors(Map.of(), "error.listParameter", List.of(parameter), p.status());
    }

    public boolean any() {
        return !fields.isEmpty() || formKey != null;
    }
}
