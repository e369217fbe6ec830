package se.huset.kit.web;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted HTML form with every field as a list of values (checkbox groups repeat a name). Pages keep it in
 * the model to re-render what the user typed when the form comes back with errors.
 */
public final class FormData {

    private final Map<String, List<String>> fields;

    private FormData(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static FormData empty() {
        return new FormData(Map.of());
    }

    public static FormData of(Map<String, String> values) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        values.forEach((k, v) -> fields.put(k, List.of(v)));
        return new FormData(fields);
    }

    /** From the form body as Micronaut binds it: a field is a single value or, when repeated, a collection. */
    public static FormData from(@Nullable Map<String, Object> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((name, value) -> {
                List<String> values = new ArrayList<>();
                if (value instanceof Collection<?> many) {
                    many.forEach(v -> values.add(String.valueOf(v)));
                } else if (value instanceof Object[] many) {
                    for (Object v : many) {
                        values.add(String.valueOf(v));
                    }
                } else if (value != null) {
                    values.add(String.valueOf(value));
                }
                fields.put(name, List.copyOf(values));
            });
        }
        return new FormData(fields);
    }

    /** The field's first value, stripped, or the empty string. */
    public String value(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    /** A ticked checkbox: present with any value but "false". */
    public boolean checked(String name) {
        return !value(name).isEmpty() && !"false".equalsIgnoreCase(value(name));
    }

    @Nullable
    public String orNull(String name) {
        String v = value(name);
        return v.isEmpty() ? null : v;
    }
}
