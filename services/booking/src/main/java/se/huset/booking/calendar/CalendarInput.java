package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Org;

import java.util.List;

/** An ADMIN's edit of one staff calendar: the whole working week is replaced. */
@Serdeable
public record CalendarInput(@NotBlank @Size(max = 200) String displayName, @NotNull Org org,
                            @Nullable @Size(max = 200) String unit, boolean reception,
                            @NotNull @Size(max = 21) List<@Valid @NotNull HoursInput> hours) {

    @Serdeable
    public record HoursInput(@NotBlank String weekday, @NotBlank String starts, @NotBlank String ends) {
    }
}
