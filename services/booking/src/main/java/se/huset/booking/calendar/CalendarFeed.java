package se.huset.booking.calendar;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.huset.booking.appointment.Appointment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A staff member's appointments as iCalendar. It leaves HUSET's network (phones, mail clients), so it carries
 * the kind of appointment, the time and the room, and never a client's name or identifier.
 */
@Singleton
public class CalendarFeed {

    static final Map<String, String> LABELS = Map.of(
            "FIRST_VISIT", "Första besök", "INDIVIDUAL", "Enskilt samtal", "GROUP_SESSION", "Gruppträff",
            "SIP_MEETING", "SIP-möte", "FOLLOW_UP", "Uppföljning", "USER_ORG_PRESENCE", "Brukarorganisation i receptionen");

    public String render(List<Appointment> appointments, Map<UUID, String> roomNames) {
        Calendar calendar = new Calendar()
                .withProdId("-//HUSET//booking//SV")
                .withDefaults()
                .getFluentTarget();
        for (Appointment a : appointments) {
            String room = a.roomId() == null ? "" : " – " + roomNames.getOrDefault(a.roomId(), "rum");
            VEvent event = new VEvent(a.start(), a.end(), LABELS.get(a.type().name()) + room);
            event.add(new Uid(a.id() + "@huset-booking"));
            if (a.status().cancelled()) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
