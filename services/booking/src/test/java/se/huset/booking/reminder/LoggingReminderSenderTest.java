package se.huset.booking.reminder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingReminderSenderTest {

    @Test
    void onlyTheLastTwoCharactersOfARecipientAreLogged() {
        assertThat(LoggingReminderSender.masked("070-1234567")).isEqualTo("*********67").doesNotContain("070");
        assertThat(LoggingReminderSender.masked("a@b.se")).isEqualTo("****se");
        assertThat(LoggingReminderSender.masked("7")).isEqualTo("7");
    }
}
