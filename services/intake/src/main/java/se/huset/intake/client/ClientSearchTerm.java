package se.huset.intake.client;

import se.huset.intake.identity.PersonalIdentity;
import se.huset.intake.identity.PersonalIdentityParser;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a client search may ask: the start of a name (of the name or of any of its words, at least
 * {@value #MIN_NAME} characters), or one whole identifier matched exactly: a valid personnummer or samordningsnummer,
 * or a reservnummer as written. A fragment of digits is refused, so a search cannot sweep the registry by birth
 * date or serial; {@code %}, {@code _} and {@code \} in a name are matched as themselves.
 */
public record ClientSearchTerm(Kind kind, String value) {

    public enum Kind { NAME_PREFIX, IDENTIFIER }

    static final int MIN_NAME = 2;
    static final int MAX = 100;
    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9 +-]+");
    private static final Pattern RESERVE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,19}");
    static final String TOO_SHORT = "give at least 2 letters of the name, or a whole personnummer or samordningsnummer";

    /** The term for this text, or 400 on {@code field} saying what a search needs. */
    public static ClientSearchTerm parse(String field, String raw, LocalDate today) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX) {
            throw ProblemException.invalid(field, "at most " + MAX + " characters");
        }
        if (!text.chars().anyMatch(Character::isDigit)) {
            if (text.codePointCount(0, text.length()) < MIN_NAME) {
                throw ProblemException.invalid(field, TOO_SHORT);
            }
            return new ClientSearchTerm(Kind.NAME_PREFIX, text.toLowerCase());
        }
        if (DIGITS_ONLY.matcher(text).matches()) {
            PersonalIdentityParser.Result parsed = new PersonalIdentityParser(today).parse(text.replace(" ", ""), false);
            PersonalIdentity identity = parsed.identity().orElseThrow(() -> ProblemException.invalid(field,
                    "a search by number needs the whole personnummer or samordningsnummer: " + parsed.error()));
            return new ClientSearchTerm(Kind.IDENTIFIER, identity.normalized());
        }
        if (RESERVE.matcher(text).matches()) {
            return new ClientSearchTerm(Kind.IDENTIFIER, text.toUpperCase());
        }
        throw ProblemException.invalid(field, "a name has no digits; a number is a whole personnummer, "
                + "samordningsnummer or reservnummer");
    }

    public boolean identifier() {
        return kind == Kind.IDENTIFIER;
    }
}
