package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

@Serdeable
public record EnrollmentRequest(@NotNull UUID clientId, @NotBlank @Size(max = 32) String programCode,
                                @Nullable UUID groupId, @Nullable @Size(max = 2000) String goals) {
}
