package se.huset.housing.client;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import java.util.UUID;

/** What housing knows of a client from intake: whose client, and the birth date when intake could tell it. */
public record ClientFact(UUID clientId, String ownerOrg, @Nullable LocalDate birthDate) {

    public OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? OptionalInt.empty() : OptionalInt.of(Period.between(birthDate, day).getYears());
    }
}
