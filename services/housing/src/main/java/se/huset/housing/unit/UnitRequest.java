package se.huset.housing.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A unit as ADMIN creates or edits it. External units (HVB, SiS, family home) name a provider and a cost per day. */
@Serdeable
public record UnitRequest(@NotBlank @Size(max = 120) String name,
                          @NotNull UnitType type,
                          @NotNull @Min(1) @Max(500) Integer capacity,
                          @Nullable @Min(16) @Max(110) Integer minAge,
                          @Nullable Boolean requiresDecision,
                          @Nullable @Size(max = 200) String provider,
                          @Nullable @DecimalMin("0") @DecimalMax("100000") BigDecimal costPerDay) {

    public boolean decisionRequired() {
        return Boolean.TRUE.equals(requiresDecision);
    }
}
