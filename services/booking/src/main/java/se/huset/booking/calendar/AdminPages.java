package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.views.ModelAndView;
import se.huset.booking.BookingSettings;
import se.huset.booking.room.RoomController;
import se.huset.booking.room.RoomRepository;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.time.ClinicTime;

import java.net.URI;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ADMIN's simple pages for booking's resources: staff calendars (working week, absences), rooms and the user
 * organisations' presence hours. They post to the same use cases as the API, so the rules are the same.
 */
@Controller("/booking/admin")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.ADMIN)
public class AdminPages {

    private final StaffCalendarRepository calendars;
    private final RoomRepository rooms;
    private final CalendarController calendarApi;
    private final RoomController roomApi;
    private final BookingSettings settings;
    private final TransactionOperations<Connection> tx;

    public AdminPages(StaffCalendarRepository calendars, RoomRepository rooms, CalendarController calendarApi,
                      RoomController roomApi, BookingSettings settings, TransactionOperations<Connection> tx) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.calendarApi = calendarApi;
        this.roomApi = roomApi;
        this.settings = settings;
        this.tx = tx;
    }

    @Get
    public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String saved) {
        return page(saved != null, List.of());
    }

    @Post("/calendars")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object calendar(@Body Map<String, String> form) {
        return attempt(() -> {
            List<CalendarInput.HoursInput> hours = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (form.containsKey(d.name())) {
                    hours.add(new CalendarInput.HoursInput(d.name(), form.get("starts"), form.get("ends")));
                }
            }
            String org = form.getOrDefault("org", "");
            if (!List.of("REGION", "KOMMUN", "USER_ORG").contains(org)) {
                throw ProblemException.invalid("org", "choose REGION, KOMMUN or USER_ORG");
            }
            String username = form.getOrDefault("username", "").strip();
            String name = form.getOrDefault("displayName", "").strip();
            if (username.isEmpty()) {
                throw ProblemException.invalid("username", "is required");
            }
            if (name.isEmpty()) {
                throw ProblemException.invalid("displayName", "is required");
            }
            calendarApi.save(username, new CalendarInput(name, Org.valueOf(org), form.get("unit"),
                    form.containsKey("reception"), hours));
        });
    }

    @Post("/absences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object absence(@Body Map<String, String> form) {
        return attempt(() -> {
            String reason = form.getOrDefault("reason", "").strip();
            if (reason.isEmpty()) {
                throw ProblemException.invalid("reason", "is required");
            }
            calendarApi.absence(form.getOrDefault("username", ""), new CalendarController.AbsenceInput(
                    local("start", form.get("start")), local("end", form.get("end")), reason), null);
        });
    }

    @Post("/rooms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object room(@Body Map<String, String> form) {
        return attempt(() -> {
            String name = form.getOrDefault("name", "").strip();
            if (name.isEmpty()) {
                throw ProblemException.invalid("name", "is required");
            }
            roomApi.addRoom(new RoomController.RoomInput(name, number("capacity", form.get("capacity"))), null);
        });
    }

    @Post("/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object presence(@Body Map<String, String> form) {
        return attempt(() -> {
            String organisation = form.getOrDefault("organisation", "").strip();
            if (organisation.isEmpty()) {
                throw ProblemException.invalid("organisation", "is required");
            }
            roomApi.addPresence(new RoomController.PresenceInput(organisation, form.get("weekday"), form.get("starts"),
                    form.get("ends")), null);
        });
    }

    /** Runs an edit; on bad input shows the page again with the messages, field by field. */
    private Object attempt(Runnable edit) {
        try {
            edit.run();
            return HttpResponse.seeOther(URI.create("/booking/admin?saved=1"));
        } catch (ProblemException e) {
            Problem p = e.problem();
            List<Problem.FieldError> errors = p.errors() == null
                    ? List.of(new Problem.FieldError("", p.detail())) : p.errors();
            return HttpResponse.badRequest(page(false, errors));
        }
    }

    private ModelAndView<Map<String, Object>> page(boolean saved, List<Problem.FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        tx.executeRead(status -> {
            model.put("calendars", calendars.all());
            model.put("rooms", rooms.all());
            model.put("presence", rooms.presence());
            return null;
        });
        model.put("saved", saved);
        model.put("errors", errors);
        model.put("weekdays", List.of(DayOfWeek.values()));
        return new ModelAndView<>("booking/admin", model);
    }

    /** The form's local date-time in the clinic's zone, as the strict API wants it. */
    private String local(String field, @Nullable String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip()).atZone(ClinicTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date and time");
        }
    }

    private static int number(String field, @Nullable String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n < 1 || n > 200) {
                throw ProblemException.invalid(field, "must be between 1 and 200");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }
}
