package se.huset.programs.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An ADMIN's edit of a catalogue entry; the code comes from the path. */
@Serdeable
public record ProgramInput(@NotBlank @Size(max = 100) String name, @NotNull Program.Format format,
                           @NotNull Program.GoalType goalType, @Min(1) @Max(200) int plannedSessions,
                           @Nullable @Min(0) @Max(120) Integer minAge,
                           @NotEmpty @Size(max = 2) List<@Pattern(regexp = "REGION|KOMMUN") String> orgs,
                           @NotBlank @Size(max = 1000) String description) {
}
