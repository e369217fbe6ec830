package se.huset.casework.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The day something happened to a decision (enforced, appealed); today when left out. */
@Serdeable
public record DateRequest(@Nullable LocalDate on) {
}
