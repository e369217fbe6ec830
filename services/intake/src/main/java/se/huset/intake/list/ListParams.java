package se.huset.intake.list;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A list's query parameters read by hand rather than bound by the framework, so a bad value answers 400 naming the
 * parameter in the list's own words (API) and a page can show the same message, never a 500.
 */
public final class ListParams {

    private ListParams() {
    }

    /** {@code limit}: blank is the default, otherwise a whole number from 1 to {@code max}. */
    public static int limit(@Nullable String raw, int defaultLimit, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + max);
    }

    /** An enum filter: blank is no filter, otherwise one of the constants' names. */
    @Nullable
    public static <E extends Enum<E>> E constant(String parameter, @Nullable String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A date filter (YYYY-MM-DD): blank is no filter. */
    @Nullable
    public static LocalDate date(String parameter, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a date as YYYY-MM-DD");
        }
    }

    /** A yes/no filter: blank or false is off, true is on. */
    public static boolean flag(String parameter, @Nullable String raw) {
        if (raw == null || raw.isBlank() || "false".equalsIgnoreCase(raw.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(raw.strip())) {
            return true;
        }
        throw ProblemException.invalid(parameter, "must be true or false");
    }

    /** Text for a LIKE pattern, matched literally: {@code %}, {@code _} and the escape itself lose their meaning. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
