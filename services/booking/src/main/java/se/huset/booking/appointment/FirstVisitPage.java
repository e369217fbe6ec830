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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.booking.request.RequestView;
import se.huset.booking.request.WaitingList;
import se.huset.booking.slots.FreeSlot;
import se.huset.booking.slots.SlotSearch;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A first visit booked from the waiting list: the free hours of the next three weeks, one click books one. */
@Controller("/booking")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class FirstVisitPage {

    private static final int SLOTS_SHOWN = 24;

    private final WaitingList waitingList;
    private final SlotSearch slots;
    private final BookingAppointment booking;
    private final PageMessages messages;
    private final Clock clock;

    public FirstVisitPage(WaitingList waitingList, SlotSearch slots, BookingAppointment booking, PageMessages messages,
                          Clock clock) {
        this.waitingList = waitingList;
        this.slots = slots;
        this.booking = booking;
        this.messages = messages;
        this.clock = clock;
    }

    public record RequestRow(UUID id, String urgency, String pathway, String unitOrg, String triaged, String due,
                             boolean overdue) {
    }

    public record SlotRow(String staff, String start, String end, String label) {
    }

    @Get("/waiting-list/{id}")
    public ModelAndView<Map<String, Object>> bookFirstVisit(UUID id, HttpRequest<?> http, Authentication auth) {
        return slotPage(messages.forRequest(http).dates(), Staff.of(auth), id, null);
    }

    @Post("/waiting-list/{id}/book")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object book(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> http, Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        RequestView request = waitingList.one(staff, id);
        PageDates dates = messages.forRequest(http).dates();
        try {
            booking.book(staff, BookAppointmentRequest.firstVisit(id, request.clientId(), form.value("staff"),
                    form.orNull("start"), form.orNull("end")));
            return HttpResponse.seeOther(URI.create("/booking/waiting-list?done=booked"));
        } catch (DoubleBookingException e) {
            return slotPage(dates, staff, id, "slot.taken");
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                return slotPage(dates, staff, id, "request.taken");
            }
            throw e;
        }
    }

    private ModelAndView<Map<String, Object>> slotPage(PageDates times, Staff staff, UUID id, @Nullable String error) {
        RequestView request = waitingList.one(staff, id);
        Instant from = clock.instant().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES);
        Instant to = from.plus(Duration.ofDays(21));
        List<FreeSlot> free = slots.find(null, null, request.unitOrg(), offset(from), offset(to), 60);
        Map<String, Object> model = new HashMap<>();
        model.put("request", new RequestRow(request.id(), request.urgency(), request.pathway(), request.unitOrg(),
                times.dayAndTime(request.triagedAt()), times.lastDayBefore(request.dueAt()), request.overdue()));
        model.put("slots", free.stream().limit(SLOTS_SHOWN).map(s -> new SlotRow(s.staff(), offset(s.start()),
                offset(s.end()), times.dayAndTime(s.start()) + "–" + times.time(s.end()))).toList());
        model.put("error", error);
        return new ModelAndView<>("booking/book-first-visit", model);
    }

    /** A moment as the strict API reads it: ISO-8601 with the clinic's offset. */
    private static String offset(Instant at) {
        return at.atZone(ClinicTime.ZONE).toOffsetDateTime().toString();
    }
}
