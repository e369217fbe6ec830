package se.huset.casework.actualisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.casework.investigation.Investigation;

/** A förhandsbedömning made: the matter, and the investigation it opened if it did. */
@Serdeable
public record Assessment(Actualisation actualisation, @Nullable Investigation investigation) {
}
