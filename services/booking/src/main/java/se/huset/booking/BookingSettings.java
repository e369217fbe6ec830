package se.huset.booking;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.time.ZoneId;

/** The clinic's local time zone and opening hours: working hours and days are reckoned in them. */
@Singleton
public class BookingSettings {

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;

    public BookingSettings(@Value("${huset.booking.zone:Europe/Stockholm}") String zone,
                           @Value("${huset.booking.opening-hours:08:00-17:00}") String openingHours) {
        this.zone = ZoneId.of(zone);
        String[] parts = openingHours.split("-");
        this.opens = LocalTime.parse(parts[0].strip());
        this.closes = LocalTime.parse(parts[1].strip());
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }
}
