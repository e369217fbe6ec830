package se.huset.booking.appointment;

import java.time.DayOfWeek;
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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import se.huset.booking.BookingSettings;
import se.huset.booking.calendar.CalendarFeedController;
import se.huset.booking.calendar.FeedTokens;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.request.RequestView;
import se.huset.booking.request.WaitingList;
import se.huset.booking.room.Room;
import se.huset.booking.room.RoomRepository;
import se.huset.booking.slots.FreeSlot;
import se.huset.booking.slots.SlotSearch;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The booking pages: a first visit booked from the waiting list, a staff member's day or week, the room board. */
@Controller("/booking")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class BookingPages {

    private static final int SLOTS_SHOWN = 24;
    private static final int DAY_PAGE = 200;

    private final WaitingList waitingList;
    private final SlotSearch slots;
    private final BookingAppointment booking;
    private final ChangingAppointment changing;
    private final AppointmentQueries appointments;
    private final AppointmentRepository roomAppointments;
    private final RoomRepository rooms;
    private final StaffCalendarRepository calendars;
    private final FeedTokens feedTokens;
    private final CalendarFeedController feedUrls;
    private final HttpLocaleResolver locales;
    private final BookingSettings settings;
    private final Clock clock;

    public BookingPages(WaitingList waitingList, SlotSearch slots, BookingAppointment booking,
                        ChangingAppointment changing, AppointmentQueries appointments,
                        AppointmentRepository roomAppointments, RoomRepository rooms,
                        StaffCalendarRepository calendars, FeedTokens feedTokens, CalendarFeedController feedUrls,
                        HttpLocaleResolver locales, BookingSettings settings, Clock clock) {
        this.waitingList = waitingList;
        this.slots = slots;
        this.booking = booking;
        this.changing = changing;
        this.appointments = appointments;
        this.roomAppointments = roomAppointments;
        this.rooms = rooms;
        this.calendars = calendars;
        this.feedTokens = feedTokens;
        this.feedUrls = feedUrls;
        this.locales = locales;
        this.settings = settings;
        this.clock = clock;
    }

    public record RequestRow(UUID id, String urgency, String pathway, String unitOrg, String triaged, String due,
                             boolean overdue) {
    }

    public record SlotRow(String staff, String start, String end, String label) {
    }

    public record AppointmentRow(UUID id, String type, String status, String day, String from, String to,
                                 String room, String staff, boolean changeable, boolean begun) {
    }

    @Get("/waiting-list/{id}")
    public ModelAndView<Map<String, Object>> bookFirstVisit(UUID id, HttpRequest<?> http, Authentication auth) {
        return slotPage(dates(http), Staff.of(auth), id, null);
    }

    @Post("/waiting-list/{id}/book")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object book(UUID id, @Body Map<String, String> form, HttpRequest<?> http, Authentication auth) {
        Staff staff = Staff.of(auth);
        RequestView request = waitingList.one(staff, id);
        try {
            booking.book(staff, new BookAppointmentRequest(AppointmentType.FIRST_VISIT,
                    request.clientId(), List.of(form.getOrDefault("staff", "")), null, form.get("start"),
                    form.get("end"), id, null));
            return HttpResponse.seeOther(URI.create("/booking/waiting-list?done=booked"));
        } catch (DoubleBookingException e) {
            return slotPage(dates(http), staff, id, "slot.taken");
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                return slotPage(dates(http), staff, id, "request.taken");
            }
            throw e;
        }
    }

    private ModelAndView<Map<String, Object>> slotPage(PageDates times, Staff staff, UUID id, @Nullable String error) {
        RequestView request = waitingList.one(staff, id);
        Instant from = clock.instant().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES);
        Instant to = from.plus(Duration.ofDays(21));
        List<FreeSlot> free = slots.find(null, null, request.unitOrg(), from.atZone(ClinicTime.ZONE).toOffsetDateTime().toString(),
                to.atZone(ClinicTime.ZONE).toOffsetDateTime().toString(), 60);
        Map<String, Object> model = new HashMap<>();
        model.put("request", row(times, request));
        model.put("slots", free.stream().limit(SLOTS_SHOWN).map(s -> new SlotRow(s.staff(),
                s.start().atZone(ClinicTime.ZONE).toOffsetDateTime().toString(),
                s.end().atZone(ClinicTime.ZONE).toOffsetDateTime().toString(),
                times.dayAndTime(s.start()) + "–" + times.time(s.end()))).toList());
        model.put("error", error);
        return new ModelAndView<>("booking/book-first-visit", model);
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
        LocalDate day = parseDate(date);
        boolean week = "week".equals(view);
        LocalDate first = week ? day.with(DayOfWeek.MONDAY) : day;
        TimeRange window = new TimeRange(first.atStartOfDay(ClinicTime.ZONE).toInstant(),
                first.plusDays(week ? 7 : 1).atStartOfDay(ClinicTime.ZONE).toInstant());
        Page<AppointmentView> visible = appointments.list(reader, who, null, null, window, DAY_PAGE,
                Cursor.parse("after", after, 2));
        Map<UUID, String> roomNames = roomNames();
        Instant now = clock.instant();
        PageDates times = dates(request);
        Map<String, Object> model = new HashMap<>();
        model.put("who", who);
        model.put("date", day.toString());
        model.put("week", week);
        model.put("previous", day.minusDays(week ? 7 : 1).toString());
        model.put("next", day.plusDays(week ? 7 : 1).toString());
        model.put("rows", visible.items().stream().map(a -> row(times, a, reader, roomNames, now)).toList());
        model.put("withheld", visible.withheld());
        model.put("nextPage", PageLinks.next(request, visible));
        model.put("firstPage", PageLinks.first(request));
        model.put("staffList", calendars.all().stream().map(c -> c.username()).toList());
        return new ModelAndView<>("booking/day", model);
    }

    @Post("/appointments/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> status(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        switch (form.getOrDefault("action", "")) {
            case "attended" -> changing.attended(staff, id);
            case "no-show" -> changing.noShow(staff, id);
            case "cancel-client" -> changing.cancel(staff, id, ChangingAppointment.By.CLIENT);
            case "cancel-clinic" -> changing.cancel(staff, id, ChangingAppointment.By.CLINIC);
            default -> throw ProblemException.invalid("action", "must be attended, no-show, cancel-client or cancel-clinic");
        }
        String back = form.getOrDefault("back", "/booking/day");
        return HttpResponse.seeOther(URI.create(back.startsWith("/booking/") ? back : "/booking/day"));
    }

    /** The room board: every room's bookings on one day (kinds and times only, never who). */
    @Get("/rooms")
    @Transactional
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    public ModelAndView<Map<String, Object>> rooms(@Nullable @QueryValue String date, HttpRequest<?> request) {
        PageDates times = dates(request);
        LocalDate day = parseDate(date);
        TimeRange window = new TimeRange(day.atStartOfDay(ClinicTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant());
        List<Map<String, Object>> board = rooms.all().stream().filter(Room::active).map(room -> {
            Map<String, Object> r = new HashMap<>();
            r.put("name", room.name());
            r.put("capacity", room.capacity());
            r.put("bookings", roomBookings(times, room, window));
            return r;
        }).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("board", board);
        model.put("date", day.toString());
        model.put("previous", day.minusDays(1).toString());
        model.put("next", day.plusDays(1).toString());
        return new ModelAndView<>("booking/rooms", model);
    }

    @Get("/calendar-feed")
    @Transactional
    public ModelAndView<Map<String, Object>> calendarFeed(HttpRequest<?> request, Authentication auth) {
        return feedPage(dates(request), auth.getName(), null);
    }

    @Post("/calendar-feed")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ModelAndView<Map<String, Object>> renewCalendarFeed(HttpRequest<?> request, Authentication auth) {
        return feedPage(dates(request), auth.getName(), feedTokens.renew(auth.getName()).map(feedUrls::urlFor).orElse(null));
    }

    private ModelAndView<Map<String, Object>> feedPage(PageDates times, String username, @Nullable String url) {
        Map<String, Object> model = new HashMap<>();
        model.put("hasCalendar", calendars.find(username).isPresent());
        model.put("url", url);
        model.put("renewedAt", calendars.feedRenewedAt(username).map(times::dayAndTime).orElse(null));
        return new ModelAndView<>("booking/calendar-feed", model);
    }

    private List<Map<String, String>> roomBookings(PageDates times, Room room, TimeRange window) {
        return appointmentsInRoom(room.id(), window).stream()
                .map(a -> Map.of("from", times.time(a.start()), "to", times.time(a.end()), "type", a.type().name()))
                .toList();
    }

    /** Days and times in the reader's language, in the clinic's zone. */
    private PageDates dates(HttpRequest<?> request) {
        return PageDates.of(locales.resolveOrDefault(request), clock);
    }

    private List<Appointment> appointmentsInRoom(UUID room, TimeRange window) {
        return roomAppointments.forRoom(room, window).stream().filter(a -> !a.status().cancelled()).toList();
    }

    private static RequestRow row(PageDates times, RequestView r) {
        return new RequestRow(r.id(), r.urgency(), r.pathway(), r.unitOrg(), times.dayAndTime(r.triagedAt()),
                times.lastDayBefore(r.dueAt()), r.overdue());
    }

    /** Status buttons only where they would work: a BOOKED appointment the reader's body owns or staffs. */
    private static AppointmentRow row(PageDates times, AppointmentView a, Staff reader, Map<UUID, String> roomNames, Instant now) {
        boolean mayChange = a.ownerOrg().equals(String.valueOf(reader.org())) || a.staff().contains(reader.username());
        return new AppointmentRow(a.id(), a.type().name(), a.status().name(), times.day(a.start()),
                times.time(a.start()), times.time(a.end()), a.roomId() == null ? "" : roomNames.getOrDefault(a.roomId(), ""),
                String.join(", ", a.staff()), mayChange && a.status() == AppointmentStatus.BOOKED,
                !now.isBefore(a.start()));
    }

    private Map<UUID, String> roomNames() {
        Map<UUID, String> names = new HashMap<>();
        rooms.all().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    private LocalDate parseDate(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be a date such as 2026-11-23");
        }
    }
}
