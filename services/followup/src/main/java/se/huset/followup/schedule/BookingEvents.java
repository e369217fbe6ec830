package se.huset.followup.schedule;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.AppointmentAttended;
import se.huset.contracts.events.AppointmentBooked;
import se.huset.contracts.events.AppointmentCancelled;
import se.huset.contracts.events.AppointmentNoShow;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.followup.FollowupSettings;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;
import se.huset.kit.time.ClinicTime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads booking's feed. Every appointment of an identified client is kept with its status (the between-chairs
 * alerts count a first visit and an attended appointment as the client being seen), and a first visit gets a
 * baseline follow-up on its day, moved with it and dropped when it is cancelled. The appointment's participants work
 * with the client (a care relationship here, need-to-know) until it is cancelled.
 */
@Singleton
public class BookingEvents extends FeedSubscription {

    /** This consumer's cursor key in {@code kit_feed_cursor}. */
    public static final String CURSOR = "booking/first-visits";

    /** Booking's appointment type of a first visit. */
    public static final String FIRST_VISIT_TYPE = "FIRST_VISIT";

    private final FollowUpRepository followUps;
    private final JdbcOperations jdbc;
    private final EventPayloads payloads;
    private final FollowupSettings settings;
    private final CareRelationships relationships;

    public BookingEvents(FollowUpRepository followUps, JdbcOperations jdbc, EventPayloads payloads,
                         FollowupSettings settings, CareRelationships relationships,
                         @Value("${huset.booking-url}") String baseUrl) {
        super("booking", CURSOR, baseUrl);
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.payloads = payloads;
        this.settings = settings;
        this.relationships = relationships;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        switch (event.type()) {
            case EventTypes.APPOINTMENT_BOOKED -> booked(payloads.read(event, AppointmentBooked.class));
            case EventTypes.APPOINTMENT_ATTENDED -> {
                AppointmentAttended a = payloads.read(event, AppointmentAttended.class);
                seen(a.appointmentId(), a.clientId(), a.type(), a.ownerOrg(), a.start(), a.recordedAt(), "ATTENDED");
            }
            case EventTypes.APPOINTMENT_NO_SHOW -> {
                AppointmentNoShow n = payloads.read(event, AppointmentNoShow.class);
                seen(n.appointmentId(), n.clientId(), n.type(), n.ownerOrg(), n.start(), n.recordedAt(), "NO_SHOW");
            }
            case EventTypes.APPOINTMENT_CANCELLED -> {
                AppointmentCancelled c = payloads.read(event, AppointmentCancelled.class);
                seen(c.appointmentId(), c.clientId(), c.type(), c.ownerOrg(), c.start(), c.cancelledAt(), "CANCELLED");
                followUps.dropOpen(c.appointmentId());
                if (c.clientId() != null) {
                    relationships.endAll(c.clientId(), participation(c.appointmentId()), c.cancelledAt());
                }
            }
            default -> {
                // other booking events say nothing about whether a client was seen
            }
        }
    }

    private static String participation(UUID appointmentId) {
        return "appointment:" + appointmentId;
    }

    private void booked(AppointmentBooked b) {
        seen(b.appointmentId(), b.clientId(), b.type(), b.ownerOrg(), b.start(), b.bookedAt(), "BOOKED");
        if (b.clientId() == null) {
            return;
        }
        for (String participant : b.staff()) {
            relationships.start(b.clientId(), CareRelationships.userParty(participant), "APPOINTMENT",
                    participation(b.appointmentId()), b.ownerOrg(), b.bookedAt());
        }
        if (!FIRST_VISIT_TYPE.equals(b.type())) {
            return;
        }
        // a moved visit is published again with the same id: the baseline follows it
        FollowUpSchedule.Planned baseline = FollowUpSchedule.baseline(b.start().atZone(ClinicTime.ZONE).toLocalDate());
        followUps.insertOnce(new FollowUp(UUID.randomUUID(), null, b.appointmentId(), b.clientId(), FollowUp.FIRST_VISIT,
                b.ownerOrg(), baseline.kind(), baseline.dueOn(), FollowUpStatus.DUE, null, null));
        followUps.moveOpen(b.appointmentId(), baseline.kind(), baseline.dueOn());
    }

    /** The appointment's latest state; the first time it is heard of, {@code at} stands for when it was booked. */
    private void seen(UUID appointment, UUID client, String type, String org, Instant start, Instant at, String status) {
        if (client == null) {
            return;
        }
        jdbc.prepareStatement("""
                insert into appointment_seen (appointment_id, client_id, type, owner_org, starts_at, booked_at, status)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (appointment_id) do update set starts_at = excluded.starts_at, status = excluded.status""", ps -> {
            ps.setObject(1, appointment);
            ps.setObject(2, client);
            ps.setString(3, type);
            ps.setString(4, org);
            ps.setTimestamp(5, Timestamp.from(start));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, status);
            return ps.executeUpdate();
        });
    }
}
