package se.huset.booking.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.NoDoubleBooking;
import se.huset.booking.calendar.TimeRange;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.events.AppointmentAttended;
import se.huset.contracts.events.AppointmentBooked;
import se.huset.contracts.events.AppointmentCancelled;
import se.huset.contracts.events.AppointmentNoShow;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.events.Outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a planned {@link CareHistory} in JDBC batches: the rows booking's use cases would write for it, one
 * statement per thousand rows instead of some ten per appointment (60,000 appointments one use-case call each take
 * many minutes). Per appointment: its row in its final status, its slots (a cancelled one's inactive, so
 * {@code no_double_booking} checks the rest as it checks any booking), the first visit's request fulfilled, and the
 * events the use cases publish (AppointmentBooked, then AppointmentAttended, -NoShow or -Cancelled), in that order.
 * Runs inside the loader's transaction.
 */
@Singleton
class HistoryWriter {

    private static final int BATCH = 1000;
    private static final int AUDIT_CHUNK = 20_000;

    private record Event(String type, UUID aggregateId, Object payload) {
    }

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final AuditLog audit;
    private final JsonMapper json;

    HistoryWriter(JdbcOperations jdbc, Outbox outbox, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    /** What is held during {@code window}, hour by hour, keyed as {@link CareHistoryPlanner#key} keys it. */
    Set<String> held(TimeRange window, ZoneId zone) {
        return jdbc.prepareStatement("""
                select resource_kind, resource_key, lower(during), upper(during) from appointment_slot
                where active and during && tstzrange(?, ?, '[)')""", ps -> {
            ps.setTimestamp(1, Timestamp.from(window.start()));
            ps.setTimestamp(2, Timestamp.from(window.end()));
            ps.setFetchSize(5000);
            Set<String> held = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NoDoubleBooking.Kind kind = NoDoubleBooking.Kind.valueOf(rs.getString(1));
                    Instant end = rs.getTimestamp(4).toInstant();
                    ZonedDateTime start = rs.getTimestamp(3).toInstant().atZone(zone);
                    for (Instant h = start.withMinute(0).withSecond(0).withNano(0).toInstant(); h.isBefore(end);
                         h = h.plus(Duration.ofHours(1))) {
                        held.add(CareHistoryPlanner.key(kind, rs.getString(2), h));
                    }
                }
            }
            return held;
        });
    }

    /** The consents of these clients as the replica holds them, by client. */
    Map<UUID, List<AuditedReads.Consent>> consents(Collection<UUID> clients) {
        return jdbc.prepareStatement("""
                select client_id, consent_id, recipient_orgs, categories, purpose, valid_until, granted_at, revoked_at
                from kit_consent where client_id = any(?)""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", clients.toArray()));
            Map<UUID, List<AuditedReads.Consent>> consents = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    consents.computeIfAbsent(rs.getObject("client_id", UUID.class), c -> new ArrayList<>()).add(
                            new AuditedReads.Consent(rs.getObject("consent_id", UUID.class),
                                    texts(rs, "recipient_orgs").stream().map(Org::valueOf).collect(Collectors.toSet()),
                                    texts(rs, "categories").stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
                                    ConsentPurpose.valueOf(rs.getString("purpose")),
                                    rs.getDate("valid_until").toLocalDate(), rs.getTimestamp("granted_at").toInstant(),
                                    revoked == null ? null : revoked.toInstant()));
                }
            }
            return consents;
        });
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    void write(CareHistory history) {
        List<CareHistory.Planned> planned = history.appointments();
        jdbc.execute(conn -> {
            appointments(conn, planned);
            slots(conn, planned);
            requests(conn, history);
            events(conn, planned);
            return null;
        });
    }

    /** The history's audited reads, in chunks that {@link AuditLog#appendHistory} builds in memory. */
    void audit(List<AuditLog.PastAccess> reads) {
        for (int from = 0; from < reads.size(); from += AUDIT_CHUNK) {
            audit.appendHistory(reads.subList(from, Math.min(reads.size(), from + AUDIT_CHUNK)));
        }
    }

    private static void appointments(Connection conn, List<CareHistory.Planned> planned) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into appointment (id, type, status, client_id, staff, room_id, starts_at, ends_at, owner_org,
                                         booked_by, booked_at, request_id, series_id, occurrence, capacity,
                                         status_at, status_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?)""")) {
            int n = 0;
            for (CareHistory.Planned p : planned) {
                Appointment a = p.appointment();
                ps.setObject(1, a.id());
                ps.setString(2, a.type().name());
                ps.setString(3, a.status().name());
                ps.setObject(4, a.clientId());
                ps.setArray(5, conn.createArrayOf("text", a.staff().toArray()));
                ps.setObject(6, a.roomId());
                ps.setTimestamp(7, Timestamp.from(a.start()));
                ps.setTimestamp(8, Timestamp.from(a.end()));
                ps.setString(9, a.ownerOrg().name());
                ps.setString(10, a.bookedBy());
                ps.setTimestamp(11, Timestamp.from(a.bookedAt()));
                ps.setObject(12, a.requestId());
                ps.setTimestamp(13, p.statusAt() == null ? null : Timestamp.from(p.statusAt()));
                ps.setString(14, p.statusAt() == null ? null : a.bookedBy());
                batch(ps, ++n);
            }
            ps.executeBatch();
        }
    }

    private static void slots(Connection conn, List<CareHistory.Planned> planned) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into appointment_slot (appointment_id, resource_kind, resource_key, during, active)
                values (?, ?, ?, tstzrange(?, ?, '[)'), ?)""")) {
            int n = 0;
            for (CareHistory.Planned p : planned) {
                Appointment a = p.appointment();
                for (NoDoubleBooking.Hold hold : NoDoubleBooking.holdsOf(a)) {
                    ps.setObject(1, a.id());
                    ps.setString(2, hold.kind().name());
                    ps.setString(3, hold.key());
                    ps.setTimestamp(4, Timestamp.from(a.start()));
                    ps.setTimestamp(5, Timestamp.from(a.end()));
                    ps.setBoolean(6, !a.status().cancelled());
                    batch(ps, ++n);
                }
            }
            ps.executeBatch();
        }
    }

    private static void requests(Connection conn, CareHistory history) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                update first_visit_request set status = 'BOOKED', appointment_id = ?, booked_at = ? where id = ?""")) {
            int n = 0;
            for (CareHistory.Planned p : history.appointments()) {
                Appointment a = p.appointment();
                if (a.requestId() != null) {
                    ps.setObject(1, a.id());
                    ps.setTimestamp(2, Timestamp.from(a.bookedAt()));
                    ps.setObject(3, a.requestId());
                    batch(ps, ++n);
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                update first_visit_request set status = 'CLOSED', close_reason = ?, closed_by = ?, closed_at = ?
                where id = ? and status = 'OPEN'""")) {
            int n = 0;
            for (CareHistory.Closing c : history.closings()) {
                ps.setString(1, c.reason().name());
                ps.setString(2, BookingDemoData.LOADER.username());
                ps.setTimestamp(3, Timestamp.from(c.at()));
                ps.setObject(4, c.requestId());
                batch(ps, ++n);
            }
            ps.executeBatch();
        }
    }

    /**
     * The first event goes through {@link Outbox#publish}, which takes the audit chain's and the outbox's locks
     * until the transaction commits; holding them, the rest may be inserted in batches and still become visible
     * in seq order.
     */
    private void events(Connection conn, List<CareHistory.Planned> planned) throws SQLException {
        List<Event> events = new ArrayList<>();
        for (CareHistory.Planned p : planned) {
            events.addAll(eventsOf(p));
        }
        if (events.isEmpty()) {
            return;
        }
        Event first = events.get(0);
        outbox.publish(first.type(), first.aggregateId(), first.payload());
        try (PreparedStatement ps = conn.prepareStatement(
                "insert into kit_outbox (type, aggregate_id, payload) values (?, ?, ?::jsonb)")) {
            int n = 0;
            for (Event e : events.subList(1, events.size())) {
                ps.setString(1, e.type());
                ps.setString(2, e.aggregateId().toString());
                ps.setString(3, body(e));
                batch(ps, ++n);
            }
            ps.executeBatch();
        }
    }

    private static List<Event> eventsOf(CareHistory.Planned p) {
        Appointment a = p.appointment();
        Event booked = new Event(EventTypes.APPOINTMENT_BOOKED, a.id(), new AppointmentBooked(a.id(), a.type().name(),
                a.clientId(), a.staff(), a.roomId(), a.start(), a.end(), a.ownerOrg().name(), a.requestId(),
                a.seriesId(), a.bookedAt()));
        String type = a.type().name();
        String owner = a.ownerOrg().name();
        return switch (a.status()) {
            case BOOKED -> List.of(booked);
            case ATTENDED -> List.of(booked, new Event(EventTypes.APPOINTMENT_ATTENDED, a.id(),
                    new AppointmentAttended(a.id(), type, a.clientId(), owner, a.start(), p.statusAt())));
            case NO_SHOW -> List.of(booked, new Event(EventTypes.APPOINTMENT_NO_SHOW, a.id(),
                    new AppointmentNoShow(a.id(), type, a.clientId(), owner, a.start(), p.statusAt())));
            case CANCELLED_BY_CLIENT, CANCELLED_BY_CLINIC -> List.of(booked, new Event(EventTypes.APPOINTMENT_CANCELLED,
                    a.id(), new AppointmentCancelled(a.id(), type, a.clientId(), owner, a.start(),
                    a.status() == AppointmentStatus.CANCELLED_BY_CLIENT ? "CLIENT" : "CLINIC", p.statusAt())));
        };
    }

    private String body(Event e) {
        try {
            return json.writeValueAsString(e.payload());
        } catch (IOException ex) {
            throw new UncheckedIOException("event " + e.type() + " could not be serialised", ex);
        }
    }

    private static void batch(PreparedStatement ps, int n) throws SQLException {
        ps.addBatch();
        if (n % BATCH == 0) {
            ps.executeBatch();
        }
    }
}
