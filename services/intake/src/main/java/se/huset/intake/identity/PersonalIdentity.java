package se.huset.intake.identity;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A person's Swedish identifier in normal form: twelve digits for personnummer and samordningsnummer, the
 * text as given for a reservnummer (a region's temporary number, flagged so staff replace it later).
 */
public record PersonalIdentity(String normalized, Kind kind, @Nullable LocalDate birthDate, @Nullable Sex sex) {

    public enum Kind { PERSONNUMMER, SAMORDNINGSNUMMER, RESERVNUMMER }

    public enum Sex { FEMALE, MALE }

    public boolean reserve() {
        return kind == Kind.RESERVNUMMER;
    }
}
