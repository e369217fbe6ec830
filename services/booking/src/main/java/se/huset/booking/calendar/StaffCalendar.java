package se.huset.booking.calendar;

import java.time.LocalTime;
import java.time.DayOfWeek;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Org;

import java.util.List;

/** A staff member's calendar: who (the token's sub), which body and unit, and the ordinary working week. */
@Serdeable
public record StaffCalendar(String username, String displayName, Org org, @Nullable String unit, boolean reception,
                            List<Hours> hours) {

    @Serdeable
    public record Hours(String weekday, String starts, String ends) {
    }

    public WorkingWeek week() {
        return new WorkingWeek(hours.stream().map(h -> new WorkingWeek.Period(DayOfWeek.valueOf(h.weekday()),
                LocalTime.parse(h.starts()), LocalTime.parse(h.ends()))).toList());
    }
}
