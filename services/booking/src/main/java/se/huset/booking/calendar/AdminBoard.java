package se.huset.booking.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import se.huset.booking.room.PresenceRepository;
import se.huset.booking.room.RoomRepository;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.FieldErrors;

import java.net.URI;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ADMIN's one page for booking's resources ({@code booking/admin}), shared by the forms that post to it
 * ({@link AdminPage}, {@link se.huset.booking.room.RoomAdminPage}): shown again with the messages on bad input,
 * a redirect after a saved edit.
 */
@Singleton
public class AdminBoard {

    private final StaffCalendarRepository calendars;
    private final RoomRepository rooms;
    private final PresenceRepository presence;
    private final Validator validator;
    private final TransactionOperations<Connection> tx;

    public AdminBoard(StaffCalendarRepository calendars, RoomRepository rooms, PresenceRepository presence,
                      Validator validator, TransactionOperations<Connection> tx) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.presence = presence;
        this.validator = validator;
        this.tx = tx;
    }

    /**
     * Saves {@code input} through {@code edit} (the same use case as the API) unless the form's fields or the
     * input's constraints already say what is wrong; a refusal comes back on the page, field by field.
     */
    public <T> Object attempt(FieldErrors errors, T input, java.util.function.Consumer<T> edit) {
        errors.addAll(validator.validate(input));
        if (errors.isEmpty()) {
            try {
                edit.accept(input);
                return HttpResponse.seeOther(URI.create("/booking/admin?saved=1"));
            } catch (ProblemException e) {
                errors.add(e);
            }
        }
        return HttpResponse.badRequest(page(false, errors));
    }

    public ModelAndView<Map<String, Object>> page(boolean saved, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        tx.executeRead(status -> {
            model.put("calendars", calendars.all());
            model.put("rooms", rooms.all());
            model.put("presence", presence.all());
            return null;
        });
        model.put("saved", saved);
        model.put("errors", errors);
        model.put("weekdays", List.of(DayOfWeek.values()));
        return new ModelAndView<>("booking/admin", model);
    }
}
