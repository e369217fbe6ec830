package se.huset.intake.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates personnummer and samordningsnummer: 10 or 12 digits, with or without {@code -} or {@code +}
 * ({@code +} marks a person aged 100 or more in the 10-digit form), a real date of birth (day + 60 for a
 * samordningsnummer) and a correct Luhn check digit. Reservnummer are accepted as given when asked for.
 */
public final class PersonalIdentityParser {

    private static final Pattern FORM = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");
    private static final Pattern RESERVE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,19}");

    private final LocalDate today;

    public PersonalIdentityParser(LocalDate today) {
        this.today = today;
    }

    /** The parsed identity, or a reason in Swedish-neutral English why it is not one. */
    public Result parse(String raw, boolean reservnummer) {
        String text = raw == null ? "" : raw.strip();
        if (reservnummer) {
            return RESERVE.matcher(text).matches()
                    ? Result.ok(new PersonalIdentity(text.toUpperCase(), PersonalIdentity.Kind.RESERVNUMMER, null, null))
                    : Result.error("a reservnummer is 3 to 20 letters, digits or '-'");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Result.error("must be 10 or 12 digits, e.g. 19121212-1212");
        }
        String century = m.group(1);
        String yymmdd = m.group(2);
        boolean centenarian = "+".equals(m.group(3));
        String serial = m.group(4);
        if (century != null && centenarian) {
            return Result.error("'+' is only used in the 10-digit form");
        }
        if (!luhnValid(yymmdd + serial)) {
            return Result.error("the check digit is wrong");
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        PersonalIdentity.Kind kind = PersonalIdentity.Kind.PERSONNUMMER;
        if (day > 60) {
            kind = PersonalIdentity.Kind.SAMORDNINGSNUMMER;
            day -= 60;
        }
        int year = century != null ? Integer.parseInt(century) * 100 + yy : fullYear(yy, month, day, centenarian);
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Result.error("the date of birth does not exist");
        }
        if (birth.isAfter(today)) {
            return Result.error("the date of birth is in the future");
        }
        int sexDigit = serial.charAt(2) - '0';
        PersonalIdentity.Sex sex = sexDigit % 2 == 1 ? PersonalIdentity.Sex.MALE : PersonalIdentity.Sex.FEMALE;
        String normalized = String.format("%04d%s%s", year, yymmdd.substring(2), serial);
        return Result.ok(new PersonalIdentity(normalized, kind, birth, sex));
    }

    /** The 10-digit form leaves the century out: the latest one that puts the birth date in the past (+100 for '+'). */
    private int fullYear(int yy, int month, int day, boolean centenarian) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        try {
            if (LocalDate.of(year, month, Math.min(day, 28)).isAfter(today)) {
                year -= 100;
            }
        } catch (DateTimeException ignored) {
            // an impossible month is reported by the caller's date check
        }
        return centenarian ? year - 100 : year;
    }

    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    public record Result(Optional<PersonalIdentity> identity, String error) {
        static Result ok(PersonalIdentity identity) {
            return new Result(Optional.of(identity), null);
        }

        static Result error(String error) {
            return new Result(Optional.empty(), error);
        }
    }
}
