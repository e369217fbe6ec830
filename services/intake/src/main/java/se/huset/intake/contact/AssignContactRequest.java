package se.huset.intake.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Gives a waiting contact to a colleague of the owning body, by username. */
@Serdeable
public record AssignContactRequest(@NotBlank @Size(max = 100) String assignee) {
}
