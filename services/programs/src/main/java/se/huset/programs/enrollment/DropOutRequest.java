package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code atSession} is counted from the attendance when left out: the last session the client was present at. */
@Serdeable
public record DropOutRequest(@NotBlank @Size(max = 500) String reason, @Nullable @Min(0) @Max(200) Integer atSession) {
}
