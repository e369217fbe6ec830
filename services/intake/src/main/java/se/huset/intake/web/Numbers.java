package se.huset.intake.web;

import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import io.micronaut.core.annotation.Nullable;

/** Whole numbers typed into a form; a blank field is null, anything else unparsable gets a message. */
final class Numbers {

    private Numbers() {
    }

    @Nullable
    static Integer integer(FormData form, String field, FieldErrors errors) {
        String value = form.value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return null;
        }
    }
}
