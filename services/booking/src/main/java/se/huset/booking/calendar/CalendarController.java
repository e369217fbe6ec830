package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Staff calendars: everyone who books reads them; ADMIN edits working weeks and absences. */
@Controller("/api/booking/calendars")
public class CalendarController {

    private final StaffCalendarRepository calendars;
    private final Idempotency idempotency;

    public CalendarController(StaffCalendarRepository calendars, Idempotency idempotency) {
        this.calendars = calendars;
        this.idempotency = idempotency;
    }

    /**
     * Staff calendars:
     * `{"displayName","org","unit","reception","hours":[{"weekday":"MONDAY","starts":"08:00","ends":"16:30"}]}`;
     * absences `{"start","end","reason"}`.
     *
     * Who may call it: read: client-work roles, ADMIN, SERVICE; edit: ADMIN.
     */
    @Get
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<StaffCalendar> all() {
        return calendars.all();
    }

    /**
     * Staff calendars:
     * `{"displayName","org","unit","reception","hours":[{"weekday":"MONDAY","starts":"08:00","ends":"16:30"}]}`;
     * absences `{"start","end","reason"}`.
     *
     * Who may call it: read: client-work roles, ADMIN, SERVICE; edit: ADMIN.
     */
    @Put("/{username}")
    @Secured(Roles.ADMIN)
    @Transactional
    public StaffCalendar save(String username, @Body @Valid CalendarInput input) {
        List<StaffCalendar.Hours> hours = new ArrayList<>();
        for (int i = 0; i < input.hours().size(); i++) {
            CalendarInput.HoursInput h = input.hours().get(i);
            String at = "hours[" + i + "]";
            String day = Inputs.weekday(at + ".weekday", h.weekday()).name();
            LocalTime starts = Inputs.time(at + ".starts", h.starts());
            LocalTime ends = Inputs.time(at + ".ends", h.ends());
            if (!ends.isAfter(starts)) {
                throw ProblemException.invalid(at + ".ends", "must be after starts");
            }
            hours.add(new StaffCalendar.Hours(day, starts.toString(), ends.toString()));
        }
        calendars.upsert(new StaffCalendar(username, input.displayName().strip(), input.org(),
                input.unit() == null || input.unit().isBlank() ? null : input.unit().strip(), input.reception(), hours));
        return calendars.find(username).orElseThrow();
    }

    /**
     * Staff calendars:
     * `{"displayName","org","unit","reception","hours":[{"weekday":"MONDAY","starts":"08:00","ends":"16:30"}]}`;
     * absences `{"start","end","reason"}`.
     *
     * Who may call it: read: client-work roles, ADMIN, SERVICE; edit: ADMIN.
     */
    @Post("/{username}/absences")
    @Secured(Roles.ADMIN)
    public HttpResponse<?> absence(String username, @Body @Valid AbsenceInput input,
                                   @Nullable @Header(Idempotency.HEADER) String key) {
        return idempotency.created("absence:" + username, key, () -> {
            calendars.find(username).orElseThrow(() -> ProblemException.notFound("Calendar of " + username));
            TimeRange during = TimeRange.of("start", input.start(), "end", input.end());
            return Map.of("id", calendars.addAbsence(username, during, input.reason().strip()));
        });
    }

    @Serdeable
    public record AbsenceInput(String start, String end, @NotBlank @Size(max = 200) String reason) {
    }
}
