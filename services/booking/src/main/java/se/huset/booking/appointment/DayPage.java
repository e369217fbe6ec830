package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.room.RoomRepository;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A staff member's day or week of appointments, with the status buttons (attended, no-show, cancelled). */
@Controller("/booking")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class DayPage {

    private static final int DAY_PAGE = 200;

    private final AppointmentQueries appointments;
    private final ChangingAppointment changing;
    private final RoomRepository rooms;
    private final StaffCalendarRepository calendars;
    private final PageMessages messages;
    private final Clock clock;

    public DayPage(AppointmentQueries appointments, ChangingAppointment changing, RoomRepository rooms,
                   StaffCalendarRepository calendars, PageMessages messages, Clock clock) {
        this.appointments = appointments;
        this.changing = changing;
        this.rooms = rooms;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    public record AppointmentRow(UUID id, String type, String status, String day, String from, String to,
                                 String room, String staff, boolean changeable, boolean begun) {
    }

    /**
     * A staff member's day, or week with {@code view=week}; one's own by default. A day holds far fewer than a page
     * of appointments, but a longer one goes on to a next page rather than being cut.
     */
    @Get("/day")
    @Transactional
    public ModelAndView<Map<String, Object>> day(@Nullable @QueryValue String staff, @Nullable @QueryValue String date,
                                                 @Nullable @QueryValue String view, @Nullable @QueryValue String after,
                                                 HttpRequest<?> request, Authentication auth) {
        Staff reader = Staff.of(auth);
        String who = staff == null || staff.isBlank() ? reader.username() : staff.strip();
        LocalDate day = Objects.requireNonNullElseGet(Inputs.optionalDate("date", date), () -> LocalDate.now(clock));
        boolean week = "week".equals(view);
        int days = week ? 7 : 1;
        LocalDate first = week ? day.with(DayOfWeek.MONDAY) : day;
        TimeRange window = new TimeRange(first.atStartOfDay(ClinicTime.ZONE).toInstant(),
                first.plusDays(days).atStartOfDay(ClinicTime.ZONE).toInstant());
        Page<AppointmentView> visible = appointments.list(reader, who, null, null, window, DAY_PAGE,
                Cursor.parse("after", after, 2));
        Map<UUID, String> roomNames = new HashMap<>();
        rooms.all().forEach(r -> roomNames.put(r.id(), r.name()));
        Instant now = clock.instant();
        PageDates times = messages.forRequest(request).dates();
        Map<String, Object> model = new HashMap<>();
        model.put("who", who);
        model.put("date", day.toString());
        model.put("week", week);
        model.put("previous", day.minusDays(days).toString());
        model.put("next", day.plusDays(days).toString());
        model.put("rows", visible.items().stream().map(a -> row(times, a, reader, roomNames, now)).toList());
        model.put("withheld", visible.withheld());
        model.put("nextPage", PageLinks.next(request, visible));
        model.put("firstPage", PageLinks.first(request));
        model.put("staffList", calendars.all().stream().map(StaffCalendar::username).toList());
        return new ModelAndView<>("booking/day", model);
    }

    @Post("/appointments/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> status(UUID id, @Nullable @Body Map<String, Object> body, Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        switch (form.value("action")) {
            case "attended" -> changing.attended(staff, id);
            case "no-show" -> changing.noShow(staff, id);
            case "cancel-client" -> changing.cancel(staff, id, ChangingAppointment.By.CLIENT);
            case "cancel-clinic" -> changing.cancel(staff, id, ChangingAppointment.By.CLINIC);
            default -> throw ProblemException.invalid("action", "must be attended, no-show, cancel-client or cancel-clinic");
        }
        String back = form.value("back");
        return HttpResponse.seeOther(URI.create(back.startsWith("/booking/") ? back : "/booking/day"));
    }

    /** Status buttons only where they would work: a BOOKED appointment the reader's body owns or staffs. */
    private static AppointmentRow row(PageDates times, AppointmentView a, Staff reader, Map<UUID, String> roomNames,
                                      Instant now) {
        boolean mayChange = a.ownerOrg().equals(String.valueOf(reader.org())) || a.staff().contains(reader.username());
        return new AppointmentRow(a.id(), a.type().name(), a.status().name(), times.day(a.start()),
                times.time(a.start()), times.time(a.end()),
                a.roomId() == null ? "" : roomNames.getOrDefault(a.roomId(), ""), String.join(", ", a.staff()),
                mayChange && a.status() == AppointmentStatus.BOOKED, !now.isBefore(a.start()));
    }
}
