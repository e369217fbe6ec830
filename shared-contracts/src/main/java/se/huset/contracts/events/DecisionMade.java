package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Social services decided on an intervention (a biståndsbeslut, or care under LVM): granted or refused, its period
 * and legal basis, and who decided. Housing reads it for the placements that require a decision (the decider is the
 * placement's coordinator); programs for the Kommun enrolments that carry one out.
 */
@Serdeable
public record DecisionMade(UUID decisionId, UUID clientId, String intervention, boolean granted, String legalBasis,
                           LocalDate decidedOn, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                           @Nullable String decidedBy) {
}
