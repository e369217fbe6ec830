package se.huset.contracts.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A client as a worklist names them: what intake's registry lets the reader see of their identity. Answered by
 * {@code GET /api/intake/clients/identities?ids=…} as {@code {"items": [ClientIdentity…], "withheld": n}}, under the
 * reader's own token, so intake's consent and need-to-know checks and its audit row apply; a client left out is
 * one the reader may not see.
 */
@Serdeable
public record ClientIdentity(UUID clientId, String identifier, String identifierKind, @Nullable String name) {
}
