package se.huset.housing.form;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/** Reads posted form text into typed values, noting a message key per field that cannot be read. */
public final class Forms {

    private Forms() {
    }

    public static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Nullable
    public static UUID uuid(@Nullable String text, String field, boolean required, Map<String, String> errors) {
        if (blank(text)) {
            if (required) {
                errors.put(field, "form.error." + field);
            }
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "form.error.uuid");
            return null;
        }
    }

    @Nullable
    public static LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            errors.put(field, "form.error." + field);
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "form.error.date");
            return null;
        }
    }

    @Nullable
    public static Integer integer(@Nullable String text, String field, boolean required, Map<String, String> errors) {
        if (blank(text)) {
            if (required) {
                errors.put(field, "form.error." + field);
            }
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "form.error.number");
            return null;
        }
    }

    @Nullable
    public static BigDecimal decimal(@Nullable String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "form.error.number");
            return null;
        }
    }

    @Nullable
    public static <E extends Enum<E>> E choice(Class<E> type, @Nullable String text, String field, boolean required,
                                        Map<String, String> errors) {
        if (blank(text)) {
            if (required) {
                errors.put(field, "form.error." + field);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "form.error." + field);
            return null;
        }
    }
}
