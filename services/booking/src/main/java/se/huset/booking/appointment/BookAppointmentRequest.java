package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * {@code start} and {@code end} are strings on purpose: they are read strictly as ISO-8601 with an offset
 * ({@link se.huset.booking.Inputs}), so a time without one is refused by name instead of guessed.
 */
@Serdeable
public record BookAppointmentRequest(@NotNull AppointmentType type, @Nullable UUID clientId,
                                     @Nullable @Size(max = 8) List<String> staff, @Nullable UUID roomId,
                                     @Nullable String start, @Nullable String end, @Nullable UUID requestId,
                                     @Nullable @Valid Reminder reminder) {

    /** A first visit booked from the waiting list: one staff member, no room, no reminder. */
    public static BookAppointmentRequest firstVisit(UUID requestId, @Nullable UUID clientId, String staff,
                                                    @Nullable String start, @Nullable String end) {
        return new BookAppointmentRequest(AppointmentType.FIRST_VISIT, clientId, List.of(staff), null, start, end,
                requestId, null);
    }

    public List<String> staffOrEmpty() {
        return staff == null ? List.of() : staff;
    }

    /** Where to remind the client; kept only until the reminder is sent. */
    @Serdeable
    public record Reminder(@NotNull Channel channel,
                           @NotNull @Size(min = 3, max = 200) @Pattern(regexp = "[+0-9 ()-]{6,20}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                                   message = "must be a phone number or an e-mail address") String to) {
    }

    public enum Channel { SMS, EMAIL }
}
