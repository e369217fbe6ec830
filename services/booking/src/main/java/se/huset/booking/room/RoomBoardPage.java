package se.huset.booking.room;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.calendar.TimeRange;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.Inputs;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The room board: every room's bookings on one day (kinds and times only, never who). */
@Controller("/booking")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class RoomBoardPage {

    private final RoomRepository rooms;
    private final AppointmentRepository appointments;
    private final PageMessages messages;
    private final Clock clock;

    public RoomBoardPage(RoomRepository rooms, AppointmentRepository appointments, PageMessages messages, Clock clock) {
        this.rooms = rooms;
        this.appointments = appointments;
        this.messages = messages;
        this.clock = clock;
    }

    public record Booking(String from, String to, String type) {
    }

    public record RoomDay(String name, int capacity, List<Booking> bookings) {
    }

    @Get("/rooms")
    @Transactional
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    public ModelAndView<Map<String, Object>> rooms(@Nullable @QueryValue String date, HttpRequest<?> request) {
        PageDates times = messages.forRequest(request).dates();
        LocalDate day = Objects.requireNonNullElseGet(Inputs.optionalDate("date", date), () -> LocalDate.now(clock));
        TimeRange window = new TimeRange(day.atStartOfDay(ClinicTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant());
        List<RoomDay> board = rooms.all().stream().filter(Room::active).map(room -> new RoomDay(room.name(),
                room.capacity(), appointments.forRoom(room.id(), window).stream()
                        .filter(a -> !a.status().cancelled())
                        .map(a -> new Booking(times.time(a.start()), times.time(a.end()), a.type().name()))
                        .toList())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("board", board);
        model.put("date", day.toString());
        model.put("previous", day.minusDays(1).toString());
        model.put("next", day.plusDays(1).toString());
        return new ModelAndView<>("booking/rooms", model);
    }
}
