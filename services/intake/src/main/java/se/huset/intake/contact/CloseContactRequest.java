package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closes a waiting contact without triage: why, and optionally a short note. */
@Serdeable
public record CloseContactRequest(@NotNull CloseReason reason, @Nullable @Size(max = 500) String note) {
}
