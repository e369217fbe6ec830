package se.huset.rollout.training;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

@Serdeable
public record RegisterTrainingRequest(@NotBlank @Size(max = 200) String title,
                                      @NotNull LocalDate heldOn,
                                      @NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal hours,
                                      @NotNull @Min(0) @Max(1000) Integer region,
                                      @NotNull @Min(0) @Max(1000) Integer kommun,
                                      @NotNull @Min(0) @Max(1000) Integer userOrg) {
}
