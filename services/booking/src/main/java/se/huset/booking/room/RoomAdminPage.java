package se.huset.booking.room;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import se.huset.booking.calendar.AdminBoard;
import se.huset.contracts.security.Roles;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.util.Map;

/** ADMIN adds rooms and the user organisations' presence hours on the booking admin page ({@link AdminBoard}). */
@Controller("/booking/admin")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.ADMIN)
public class RoomAdminPage {

    private final AdminBoard board;
    private final RoomController roomApi;
    private final PageMessages messages;

    public RoomAdminPage(AdminBoard board, RoomController roomApi, PageMessages messages) {
        this.board = board;
        this.roomApi = roomApi;
        this.messages = messages;
    }

    @Post("/rooms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object room(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        Integer capacity = form.integer("capacity", errors);
        if (capacity == null && !errors.has("capacity")) {
            errors.add("capacity", "is required");
        }
        RoomController.RoomInput input = new RoomController.RoomInput(form.orNull("name"),
                capacity == null ? 1 : capacity);
        return board.attempt(errors, input, in -> roomApi.addRoom(in, null));
    }

    @Post("/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object presence(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        RoomController.PresenceInput input = new RoomController.PresenceInput(form.orNull("organisation"),
                form.orNull("weekday"), form.orNull("starts"), form.orNull("ends"));
        return board.attempt(errors, input, in -> roomApi.addPresence(in, null));
    }
}
