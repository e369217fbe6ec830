package se.huset.kit.web;

import jakarta.validation.ConstraintViolation;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Messages for a form, keyed by the field's API path (e.g. {@code person.identifier}) so they come out exactly
 * where the API would name them. The first message per field wins; messages are translated on the way in.
 */
public final class FieldErrors {

    /** Key for a problem that belongs to no single field. */
    public static final String FORM = "general";

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final PageMessages.Translator translator;

    public FieldErrors(PageMessages.Translator translator) {
        this.translator = translator;
    }

    public void add(String field, String message) {
        byField.putIfAbsent(field, translator.error(field, message));
    }

    /** Bean-validation failures, with container elements ({@code substances[0].<list element>}) put on the list. */
    public void addAll(Set<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> add(fieldOf(v.getPropertyPath().toString()), v.getMessage()));
    }

    /** A use case's refusal: its field errors where it names fields, else one message for the whole form. */
    public void add(ProblemException e) {
        Problem problem = e.problem();
        Collection<Problem.FieldError> errors = problem.errors() == null ? java.util.List.of() : problem.errors();
        if (errors.isEmpty()) {
            add(FORM, problem.detail() == null ? problem.title() : problem.detail());
        }
        errors.forEach(error -> add(error.field(), error.message()));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** Every message by field, in the order they were added: the error summary lists them so. */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /** The HTML id of the input for a field path, for aria-describedby and the summary's links. */
    public String id(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static String fieldOf(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}
