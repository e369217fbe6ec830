package se.huset.intake.consent;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A revocation as the disclosing body records it: why, and who asked for it. */
@Serdeable
public record RevokeConsentRequest(@NotBlank @Size(max = 1000) String reason,
                                   @NotNull RevocationRequester requestedBy) {
}
