package se.huset.intake.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Links an anonymous contact to the person it turned out to be about. */
@Serdeable
public record LinkContactRequest(@NotNull @Valid RegisterContactRequest.PersonInput person) {
}
