package se.huset.casework.investigation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Closing an investigation: how it ended, on {@code closedOn} (default today). */
@Serdeable
public record CloseRequest(@NotNull InvestigationOutcome outcome, @Nullable LocalDate closedOn) {
}
