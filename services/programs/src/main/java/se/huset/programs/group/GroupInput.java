package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A new group. With {@code roomId}, {@code start}, {@code end} and {@code sessions} its weekly sessions are booked
 * in the booking service at once; {@code start}/{@code end} are the first session's, ISO-8601 with offset.
 */
@Serdeable
public record GroupInput(@NotBlank @Size(max = 32) String programCode, @NotBlank @Size(max = 200) String name,
                         @NotEmpty @Size(max = 8) List<@Valid Facilitator> facilitators,
                         @Min(1) @Max(50) int capacity, @NotNull ProgramGroup.Intake intake,
                         @Nullable UUID roomId, @Nullable String start, @Nullable String end,
                         @Nullable @Min(1) @Max(52) Integer sessions) {
}
