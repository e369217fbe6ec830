package se.huset.intake.web;

import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Form values to enum constants: a blank field is null (bean validation then says it is missing). */
final class Enums {

    private Enums() {
    }

    @Nullable
    static <E extends Enum<E>> E one(Class<E> type, FormData form, String field, FieldErrors errors) {
        String value = form.value(field);
        return value.isEmpty() ? null : parse(type, value, field, errors);
    }

    static <E extends Enum<E>> List<E> many(Class<E> type, FormData form, String field, FieldErrors errors) {
        List<E> result = new ArrayList<>();
        for (String value : form.values(field)) {
            E parsed = parse(type, value, field, errors);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    @Nullable
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(field, "unknown value");
            return null;
        }
    }
}
