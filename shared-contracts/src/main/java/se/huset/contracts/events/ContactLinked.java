package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An anonymous contact (an advice call, a relative) was later linked to an identified client. */
@Serdeable
public record ContactLinked(UUID contactId, UUID clientId, Instant linkedAt) {
}
