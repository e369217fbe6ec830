package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import se.huset.housing.aftercare.AftercarePlan;

/** A move-out: the reason, and the aftercare plan (required unless the client died). */
@Serdeable
public record EndRequest(@Nullable EndReason reason, @Nullable @Valid AftercarePlan aftercare) {
}
