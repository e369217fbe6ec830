package se.huset.programs.group;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group leader and the body they work for: a group led from both bodies is co-facilitated. */
@Serdeable
public record Facilitator(@NotBlank @Size(max = 100) String username, @NotBlank @Pattern(regexp = "REGION|KOMMUN") String org) {
}
