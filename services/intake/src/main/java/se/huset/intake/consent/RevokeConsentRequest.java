package se.huset.intake.consent;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record RevokeConsentRequest(@NotBlank @Size(max = 1000) String reason) {
}
