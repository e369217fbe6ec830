package se.huset.programs.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record GoalsRequest(@NotNull @Size(max = 2000) String goals) {
}
