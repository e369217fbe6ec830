package se.huset.booking.reminder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.booking.BookingSettings;
import se.huset.kit.time.ClinicTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due reminders. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so replicas share the queue without
 * sending anything twice. A reminder for an appointment no longer BOOKED is dropped; the recipient is erased once
 * sent, since booking has no other use for it.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM 'kl.' HH:mm", Locale.forLanguageTag("sv"));

    private final TransactionOperations<Connection> tx;
    private final Map<String, ReminderSender> senders;
    private final BookingSettings settings;

    public ReminderJob(TransactionOperations<Connection> tx, List<ReminderSender> senders, BookingSettings settings) {
        this.tx = tx;
        this.senders = senders.stream().collect(Collectors.toMap(ReminderSender::channel, Function.identity(), (a, b) -> a));
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${huset.booking.reminders.interval:30s}", initialDelay = "10s")
    void sendDueRegularly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("reminders not sent this round: {}", e.getMessage());
        }
    }

    /** Sends one batch of due reminders; answers how many were sent. */
    public int sendDue() {
        return tx.executeWrite(status -> {
            Connection conn = status.getConnection();
            int sent = 0;
            try (PreparedStatement ps = conn.prepareStatement("""
                    select r.id, r.channel, r.recipient, a.starts_at, a.status, coalesce(room.name, 'HUSET')
                    from reminder r join appointment a on a.id = r.appointment_id
                    left join room on room.id = a.room_id
                    where r.status = 'PENDING' and r.send_at <= now()
                    order by r.send_at limit ? for update of r skip locked""")) {
                ps.setInt(1, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sent += deliver(conn, rs) ? 1 : 0;
                    }
                }
            }
            return sent;
        });
    }

    private boolean deliver(Connection conn, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        if (!"BOOKED".equals(rs.getString(5))) {
            finish(conn, id, "DROPPED");
            return false;
        }
        ReminderSender sender = senders.get(rs.getString(2));
        Instant start = rs.getTimestamp(4).toInstant();
        String text = "Påminnelse: du har en tid på HUSET " + WHEN.format(start.atZone(ClinicTime.ZONE))
                + " (" + rs.getString(6) + "). Kan du inte komma? Ring oss.";
        try {
            if (sender == null) {
                throw new IllegalStateException("no sender for channel " + rs.getString(2));
            }
            sender.send(rs.getString(3), text);
            finish(conn, id, "SENT");
            return true;
        } catch (RuntimeException e) {
            LOG.warn("reminder {} not delivered: {}", id, e.getMessage());
            try (PreparedStatement up = conn.prepareStatement("""
                    update reminder set attempts = attempts + 1,
                        status = case when attempts + 1 >= ? then 'FAILED' else status end where id = ?""")) {
                up.setInt(1, MAX_ATTEMPTS);
                up.setLong(2, id);
                up.executeUpdate();
            }
            return false;
        }
    }

    private static void finish(Connection conn, long id, String status) throws SQLException {
        try (PreparedStatement up = conn.prepareStatement(
                "update reminder set status = ?, sent_at = now(), recipient = '' where id = ?")) {
            up.setString(1, status);
            up.setLong(2, id);
            up.executeUpdate();
        }
    }
}
