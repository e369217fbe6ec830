package se.huset.booking.reminder;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development sender: logs each reminder instead of sending it, showing only the recipient's last two
 * characters. Set {@code huset.booking.reminders.sender} to anything but {@code log} to plug in real senders.
 */
public abstract class LoggingReminderSender implements ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingReminderSender.class);

    @Override
    public void send(String recipient, String text) {
        LOG.info("reminder by {} to {}: {}", channel(), masked(recipient), text);
    }

    static String masked(String recipient) {
        int shown = Math.max(0, recipient.length() - 2);
        return "*".repeat(shown) + recipient.substring(shown);
    }

    @Singleton
    @Requires(property = "huset.booking.reminders.sender", value = "log", defaultValue = "log")
    public static class Sms extends LoggingReminderSender {
        @Override
        public String channel() {
            return "SMS";
        }
    }

    @Singleton
    @Requires(property = "huset.booking.reminders.sender", value = "log", defaultValue = "log")
    public static class Email extends LoggingReminderSender {
        @Override
        public String channel() {
            return "EMAIL";
        }
    }
}
