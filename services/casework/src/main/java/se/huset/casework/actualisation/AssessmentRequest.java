package se.huset.casework.actualisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.casework.investigation.Law;

/**
 * A förhandsbedömning: open an investigation under {@code law}, or not, saying why ({@code reason}, which an
 * opening may carry too).
 */
@Serdeable
public record AssessmentRequest(@NotNull Boolean open, @Nullable Law law, @Nullable @Size(max = 1000) String reason) {
}
