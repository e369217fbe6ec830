package se.huset.kit.list;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A list's query parameters, read by hand rather than bound by the framework so that a value that does not parse
 * answers 400 naming its parameter (problem+json for the API, a message on a page), never a 5xx. A blank
 * parameter is no filter; the page size is {@code limit}.
 */
public final class ListParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private ListParams() {
    }

    /** {@code limit}: 1–200, 50 when absent. */
    public static int limit(@Nullable String raw) {
        return limit(raw, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** {@code limit} of a list with its own bounds: {@code fallback} when absent, else a whole number 1–{@code max}. */
    public static int limit(@Nullable String raw, int fallback, int max) {
        if (blank(raw)) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other number out of range
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + max);
    }

    /** An enum filter such as {@code urgency=ACUTE}, in any case. */
    public static <E extends Enum<E>> @Nullable E choice(String name, @Nullable String raw, Class<E> type) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A day filter such as {@code from=2026-11-23}. */
    public static @Nullable LocalDate date(String name, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** A yes/no filter such as {@code mine=true}: absent is no. */
    public static boolean flag(String name, @Nullable String raw) {
        if (blank(raw) || "false".equalsIgnoreCase(raw.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(raw.strip())) {
            return true;
        }
        throw ProblemException.invalid(name, "must be true or false");
    }

    /** An id filter such as {@code clientId=…}. */
    public static @Nullable UUID id(String name, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (UUID)");
        }
    }

    private static boolean blank(@Nullable String raw) {
        return raw == null || raw.isBlank();
    }
}
