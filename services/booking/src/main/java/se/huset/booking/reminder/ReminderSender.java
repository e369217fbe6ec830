package se.huset.booking.reminder;

/**
 * Delivers a reminder over one channel (SMS, EMAIL). Production plugs in an SMS gateway or mail server bean for
 * the channel; the text never names the client, only the time and place.
 */
public interface ReminderSender {

    String channel();

    /** Throws when delivery failed; the job tries again on its next round. */
    void send(String recipient, String text);
}
