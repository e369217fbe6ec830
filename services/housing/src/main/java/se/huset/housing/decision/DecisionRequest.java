package se.huset.housing.decision;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** A decision as the social worker records it: when it was made, the period it grants, and under which law. */
@Serdeable
public record DecisionRequest(@NotNull UUID clientId, @NotNull LocalDate decisionDate, @NotNull LocalDate validFrom,
                              @NotNull LocalDate validTo, @NotNull LegalBasis legalBasis) {
}
