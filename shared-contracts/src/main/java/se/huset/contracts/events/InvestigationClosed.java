package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** An investigation closed; {@code outcome}: DECISION, LVM_APPLICATION, NO_MEASURE or DISCONTINUED. */
@Serdeable
public record InvestigationClosed(UUID investigationId, UUID clientId, String law, LocalDate closedOn, String outcome) {
}
