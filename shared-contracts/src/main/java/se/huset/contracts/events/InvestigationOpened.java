package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** Social services opened an investigation ({@code law}: SOL or LVM) after a förhandsbedömning. */
@Serdeable
public record InvestigationOpened(UUID investigationId, UUID clientId, String law, LocalDate openedOn) {
}
