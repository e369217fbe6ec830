package se.huset.casework.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** A decision to record; a granted one has the day it applies from, a refused one needs no period. */
@Serdeable
public record DecisionRequest(@NotNull UUID clientId, @Nullable UUID investigationId, @NotNull Intervention intervention,
                              @NotNull Boolean granted, @NotNull LegalBasis legalBasis, @NotNull LocalDate decidedOn,
                              @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
