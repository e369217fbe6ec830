package se.huset.housing.list;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The query parameters of housing's lists, read the same way by the API and the pages: a value that does not parse
 * answers 400 naming its parameter (the API's problem+json; the pages show it as a message), never a 5xx.
 */
public final class ListParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private ListParams() {
    }

    public static int limit(@Nullable String raw) {
        if (blank(raw)) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public static @Nullable UUID uuid(String name, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (UUID)");
        }
    }

    public static @Nullable LocalDate date(String name, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, String name, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** {@code true}, {@code false} or absent (false). */
    public static boolean flag(String name, @Nullable String raw) {
        if (blank(raw) || "false".equalsIgnoreCase(raw.trim())) {
            return false;
        }
        if ("true".equalsIgnoreCase(raw.trim())) {
            return true;
        }
        throw ProblemException.invalid(name, "must be true or false");
    }

    /** A date range that ends before it begins is a mistake worth naming. */
    public static void range(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
    }

    private static boolean blank(@Nullable String raw) {
        return raw == null || raw.isBlank();
    }
}
