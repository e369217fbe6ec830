package se.huset.kit.client;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import java.util.UUID;

/** What a service knows of a client from intake's registry: the owning body, birth date and sex. No names. */
public record ClientFact(UUID clientId, Org ownerOrg, @Nullable LocalDate birthDate, @Nullable String sex) {

    /** Age in whole years on the day, or empty when the birth date is unknown (e.g. a reservnummer). */
    public OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? OptionalInt.empty() : OptionalInt.of(Period.between(birthDate, day).getYears());
    }
}
