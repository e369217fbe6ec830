package se.huset.booking.reminder;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.booking.appointment.Appointment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Queues a client's reminder in the same transaction as the booking; {@link ReminderJob} sends it when due. */
@Singleton
public class ReminderOutbox {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Duration before;

    public ReminderOutbox(JdbcOperations jdbc, Clock clock,
                          @Value("${huset.booking.reminder-hours-before:24}") int hoursBefore) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.before = Duration.ofHours(hoursBefore);
    }

    public void schedule(Appointment a, String channel, String recipient) {
        Instant sendAt = a.start().minus(before);
        Instant now = clock.instant();
        jdbc.prepareStatement("insert into reminder (appointment_id, channel, recipient, send_at) values (?, ?, ?, ?)", ps -> {
            ps.setObject(1, a.id());
            ps.setString(2, channel);
            ps.setString(3, recipient);
            ps.setTimestamp(4, Timestamp.from(sendAt.isBefore(now) ? now : sendAt));
            return ps.executeUpdate();
        });
    }
}
