package se.huset.kit.web;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A submitted HTML form with every field as a list of values (checkbox groups repeat a name). Pages keep it in
 * the model to re-render what the user typed when the form comes back with errors.
 *
 * <p>The typed readers ({@link #integer}, {@link #date}, {@link #oneOf} …) give null for a blank field (bean
 * validation or {@link #required} then says it is missing) and note a message on the field for text they cannot
 * read, in the API's words, which {@link PageMessages.Translator#error} translates.
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

    /** The field's text, or null with "is required" noted when it is blank. */
    @Nullable
    public String required(String name, FieldErrors errors) {
        String v = orNull(name);
        if (v == null) {
            errors.add(name, "is required");
        }
        return v;
    }

    @Nullable
    public Integer integer(String name, FieldErrors errors) {
        return parse(name, errors, Integer::valueOf, "must be a whole number");
    }

    /** A decimal number as people type it: comma or point, spaces between thousands. */
    @Nullable
    public BigDecimal decimal(String name, FieldErrors errors) {
        return parse(name, errors, v -> new BigDecimal(v.replace(',', '.').replace(" ", "")), "must be a number");
    }

    @Nullable
    public LocalDate date(String name, FieldErrors errors) {
        return parse(name, errors, LocalDate::parse, "must be a date (YYYY-MM-DD)");
    }

    @Nullable
    public LocalTime time(String name, FieldErrors errors) {
        return parse(name, errors, LocalTime::parse, "must be a local time such as 08:30");
    }

    @Nullable
    public UUID uuid(String name, FieldErrors errors) {
        return parse(name, errors, UUID::fromString, "must be a UUID");
    }

    @Nullable
    public <E extends Enum<E>> E oneOf(Class<E> type, String name, FieldErrors errors) {
        return parse(name, errors, v -> Enum.valueOf(type, v), "unknown value");
    }

    /** A checkbox group's ticked values; an unknown one is noted and left out. */
    public <E extends Enum<E>> List<E> manyOf(Class<E> type, String name, FieldErrors errors) {
        List<E> result = new ArrayList<>();
        for (String value : values(name)) {
            try {
                result.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                errors.add(name, "unknown value");
            }
        }
        return result;
    }

    @Nullable
    private <T> T parse(String name, FieldErrors errors, Function<String, T> reader, String message) {
        String v = orNull(name);
        if (v == null) {
            return null;
        }
        try {
            return reader.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(name, message);
            return null;
        }
    }
}
