package se.huset.rollout.cost;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Category as text so an unknown one is a 400 on {@code category}, not a parse failure. */
@Serdeable
public record EnterCostRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                               @NotBlank String category,
                               @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2)
                               BigDecimal amountSek,
                               @Nullable @Size(max = 500) String note) {
}
