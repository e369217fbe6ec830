package se.huset.kit.list;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A keyset cursor: the sort key of the last row of a page, handed out opaque ({@code next}) and given back as
 * {@code ?after=}. The next page starts strictly after that key, so rows that arrive meanwhile never shift or
 * repeat what a reader pages through (an offset would). A cursor this list did not give out answers 400 naming
 * the parameter, never 500.
 */
public final class Cursor {

    private static final String VERSION = "k1";
    private static final char SEPARATOR = '\u001f';

    private final String parameter;
    private final List<String> keys;

    private Cursor(String parameter, List<String> keys) {
        this.parameter = parameter;
        this.keys = keys;
    }

    /** The cursor after a row with these sort keys (instants, dates, numbers, UUIDs, enum or plain text). */
    public static Cursor after(Object... keys) {
        return new Cursor("after", Arrays.stream(keys).map(k -> {
            String text = k instanceof Enum<?> e ? e.name() : Objects.toString(k, "");
            if (text.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a cursor key may not contain the unit separator");
            }
            return text;
        }).toList());
    }

    /** The cursor a client sent in {@code parameter}, with the number of keys this list's cursors have. */
    public static Optional<Cursor> parse(String parameter, @Nullable String raw, int keyCount) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
        List<String> parts = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != keyCount + 1 || !VERSION.equals(parts.get(0))) {
            throw invalid(parameter);
        }
        return Optional.of(new Cursor(parameter, parts.subList(1, parts.size())));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys)).getBytes(StandardCharsets.UTF_8));
    }

    public String text(int i) {
        return keys.get(i);
    }

    public Instant instant(int i) {
        try {
            return Instant.parse(keys.get(i));
        } catch (DateTimeParseException e) {
            throw invalid(parameter);
        }
    }

    public LocalDate date(int i) {
        try {
            return LocalDate.parse(keys.get(i));
        } catch (DateTimeParseException e) {
            throw invalid(parameter);
        }
    }

    public long number(int i) {
        try {
            return Long.parseLong(keys.get(i));
        } catch (NumberFormatException e) {
            throw invalid(parameter);
        }
    }

    public UUID uuid(int i) {
        try {
            return UUID.fromString(keys.get(i));
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    public <E extends Enum<E>> E constant(int i, Class<E> type) {
        try {
            return Enum.valueOf(type, keys.get(i));
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    private static ProblemException invalid(String parameter) {
        return ProblemException.invalid(parameter, "is not a cursor this list gave out; start again without it");
    }

    @Override
    public String toString() {
        return encode();
    }
}
