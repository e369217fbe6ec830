package se.huset.booking.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A weekly group series: the first occurrence's start and end (ISO-8601 with offset), repeated for {@code weeks}. */
@Serdeable
public record SeriesInput(@NotBlank @Size(max = 200) String title, @NotNull UUID roomId, @Min(1) @Max(200) int capacity,
                          @NotEmpty @Size(max = 8) List<String> facilitators, @Nullable String start,
                          @Nullable String end, @Min(1) @Max(52) int weeks) {
}
