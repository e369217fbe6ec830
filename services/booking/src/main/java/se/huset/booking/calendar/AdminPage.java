package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ADMIN's simple pages for booking's resources: staff calendars (working week, absences) here, rooms and the user
 * organisations' presence hours in {@link se.huset.booking.room.RoomAdminPage}. They post to the same use cases as
 * the API, so the rules are the same.
 */
@Controller("/booking/admin")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.ADMIN)
public class AdminPage {

    private final AdminBoard board;
    private final CalendarController calendarApi;
    private final PageMessages messages;

    public AdminPage(AdminBoard board, CalendarController calendarApi, PageMessages messages) {
        this.board = board;
        this.calendarApi = calendarApi;
        this.messages = messages;
    }

    @Get
    public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String saved, HttpRequest<?> request) {
        return board.page(saved != null, messages.forRequest(request).errors());
    }

    @Post("/calendars")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object calendar(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        List<CalendarInput.HoursInput> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (form.checked(d.name())) {
                hours.add(new CalendarInput.HoursInput(d.name(), form.orNull("starts"), form.orNull("ends")));
            }
        }
        Org org = form.oneOf(Org.class, "org", errors);
        String username = form.required("username", errors);
        CalendarInput input = new CalendarInput(form.orNull("displayName"), org, form.orNull("unit"),
                form.checked("reception"), hours);
        return board.attempt(errors, input, in -> calendarApi.save(username, in));
    }

    @Post("/absences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object absence(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        CalendarController.AbsenceInput input = new CalendarController.AbsenceInput(local(form, "start", errors),
                local(form, "end", errors), form.orNull("reason"));
        return board.attempt(errors, input, in -> calendarApi.absence(form.value("username"), in, null));
    }

    /** The form's local date-time ({@code datetime-local}) in the clinic's zone, as the strict API wants it. */
    @Nullable
    private static String local(FormData form, String field, FieldErrors errors) {
        try {
            return LocalDateTime.parse(form.value(field)).atZone(ClinicTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date and time");
            return null;
        }
    }
}
