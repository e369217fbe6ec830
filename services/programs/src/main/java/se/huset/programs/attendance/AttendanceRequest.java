package se.huset.programs.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A whole session's attendance in one request: one group note, and per participant a status and a short note. */
@Serdeable
public record AttendanceRequest(@Nullable @Size(max = 4000) String groupNote,
                                @NotEmpty @Size(max = 50) List<@Valid @NotNull Participant> participants) {

    @Serdeable
    public record Participant(@NotNull UUID enrollmentId, @NotNull AttendanceStatus status,
                              @Nullable @Size(max = 500) String note) {
    }
}
