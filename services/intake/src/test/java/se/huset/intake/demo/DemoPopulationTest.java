package se.huset.intake.demo;

import org.junit.jupiter.api.Test;
import se.huset.contracts.intake.Urgency;
import se.huset.intake.contact.Contact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history is anchored to the day it is loaded, whatever day that is: three years that end now, a triage
 * board of tens of waiting contacts with a few of today's acute ones on top, and the same persons and ids on any
 * date (only the dates move).
 */
class DemoPopulationTest {

    private static final ZoneId CLINIC = ZoneId.of("Europe/Stockholm");

    @Test
    void theHistoryEndsOnTheDayItIsGeneratedAndTheBoardIsWorkable() {
        for (Instant now : List.of(Instant.parse("2031-06-16T07:30:00Z"), Instant.parse("2027-01-01T00:20:00Z"),
                Instant.parse("2026-12-04T21:00:00Z"))) {
            DemoPopulation.DemoSet set = DemoPopulation.generate(now);
            LocalDate today = LocalDate.ofInstant(now, CLINIC);
            assertThat(set.contacts()).allMatch(c -> !c.registeredAt().isAfter(now))
                    .allMatch(c -> c.registeredAt().isAfter(now.minus(Duration.ofDays(3 * 365 + 1))));
            assertThat(set.contacts().get(set.contacts().size() - 1).registeredAt())
                    .as("the newest contact is from the last hours").isAfter(now.minus(Duration.ofHours(3)));
            List<Contact> waiting = set.contacts().stream().filter(c -> c.status() == Contact.Status.NEW).toList();
            assertThat(waiting).as("a board of tens at %s", now).hasSizeBetween(15, 60);
            assertThat(waiting.stream().filter(c -> c.urgency() == Urgency.ACUTE
                    && LocalDate.ofInstant(c.registeredAt(), CLINIC).equals(today)).count())
                    .as("today's acute contacts at %s", now).isBetween(3L, 10L);
            assertThat(waiting).filteredOn(c -> c.assignedTo() != null).isNotEmpty();
            assertThat(set.contacts()).filteredOn(c -> c.status() == Contact.Status.CLOSED)
                    .isNotEmpty().allMatch(c -> c.closedReason() != null && c.closedAt() != null);
        }
    }

    @Test
    void anyDayGivesTheSamePersonsAndIds() {
        DemoPopulation.DemoSet a = DemoPopulation.generate(Instant.parse("2027-03-01T10:00:00Z"));
        DemoPopulation.DemoSet b = DemoPopulation.generate(Instant.parse("2029-09-20T15:45:00Z"));
        assertThat(b.clients()).extracting(c -> c.identifier()).isEqualTo(a.clients().stream().map(c -> c.identifier()).toList());
        assertThat(b.contacts()).extracting(Contact::id).containsExactlyInAnyOrderElementsOf(
                a.contacts().stream().map(Contact::id).toList());
    }
}
