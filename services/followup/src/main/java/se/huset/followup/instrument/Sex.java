package se.huset.followup.instrument;

import io.micronaut.core.annotation.Nullable;

/** The client's sex as intake's registry gives it; the Swedish cut-offs differ for women and men. */
public enum Sex {
    FEMALE, MALE, UNKNOWN;

    public static Sex of(@Nullable String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "F", "FEMALE", "K", "KVINNA" -> FEMALE;
            case "M", "MALE", "MAN" -> MALE;
            default -> UNKNOWN;
        };
    }
}
