package se.huset.booking.series;

import io.micronaut.serde.annotation.Serdeable;
import se.huset.booking.appointment.AppointmentView;

import java.util.List;
import java.util.UUID;

@Serdeable
public record SeriesView(UUID id, String title, UUID roomId, int capacity, List<String> facilitators, String ownerOrg,
                         int weeks, List<AppointmentView> occurrences) {
}
