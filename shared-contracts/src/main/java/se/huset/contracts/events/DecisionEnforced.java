package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A granted decision was enforced (verkställt): the intervention started on {@code enforcedOn}. */
@Serdeable
public record DecisionEnforced(UUID decisionId, UUID clientId, LocalDate enforcedOn) {
}
