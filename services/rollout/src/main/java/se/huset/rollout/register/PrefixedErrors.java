package se.huset.rollout.register;

import se.huset.kit.web.FieldErrors;

import java.util.Map;

/**
 * One form's errors on a page that holds several forms: the kit's {@link FieldErrors} as the kit's form fragments
 * read them, with ids that start with the form's prefix, so two forms' {@code title} fields get ids of their own
 * ({@code ap-title}, {@code tr-title}) and each summary links to its own form's fields.
 */
public final class PrefixedErrors {

    private final String prefix;
    private final FieldErrors errors;

    PrefixedErrors(String prefix, FieldErrors errors) {
        this.prefix = prefix;
        this.errors = errors;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.has(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public Map<String, String> all() {
        return errors.all();
    }

    public String id(String field) {
        return prefix + errors.id(field);
    }
}
