package se.huset.booking.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.events.FeedConsumer;
import se.huset.kit.time.ClinicTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A ContactTriaged from intake's feed becomes an open first-visit request, and booking its first visit fulfils it. */
@MicronautTest(transactional = false)
public class WaitingListTest extends BookingTestSupport {

    @Inject
    IntakeEvents intakeEvents;
    @Inject
    List<FeedConsumer> consumers;

    public static FeedEvent triaged(long seq, UUID contact, UUID client, String urgency, String pathway, Instant at) {
        return new FeedEvent(seq, "ContactTriaged", contact.toString(), at, Map.of(
                "contactId", contact.toString(), "clientId", client.toString(), "urgency", urgency,
                "pathway", pathway, "responsibleOrgs", List.of("REGION"),
                "registeredAt", at.minusSeconds(600).toString(), "triagedAt", at.toString()));
    }

    /** Two readers of intake's feed, each with its own cursor: the kit's replica and the first-visit requests. */
    @Test
    void intakesFeedIsReadForConsentAndForFirstVisitsEachWithItsOwnCursor() {
        assertThat(consumers).filteredOn(c -> c.source().equals("intake")).extracting(FeedConsumer::name)
                .containsExactlyInAnyOrder("intake/replica", "intake/first-visits");
    }

    @Test
    void acuteTriageIsAnOpenRequestDueTodayUntilItsFirstVisitIsBooked() {
        calendar("first.visit", Org.REGION, "Beroendeenheten");
        UUID contact = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        Instant now = Instant.now();
        intakeEvents.handle(triaged(1, contact, client, "ACUTE", "BEROENDEENHETEN_OUTPATIENT", now));
        intakeEvents.handle(triaged(1, contact, client, "ACUTE", "BEROENDEENHETEN_OUTPATIENT", now));
        intakeEvents.handle(triaged(2, UUID.randomUUID(), UUID.randomUUID(), "PLANNED", "ADVICE_ONLY", now));

        Map<String, Object> request = open(contact);
        assertThat(request).isNotNull();
        assertThat(request.get("unitOrg")).isEqualTo("REGION");
        assertThat(Instant.parse((String) request.get("dueAt")).atZone(ClinicTime.ZONE).toLocalDate())
                .as("ACUTE: the same day").isEqualTo(LocalDate.now(ClinicTime.ZONE).plusDays(1));
        assertThat(countOpenFor(contact)).as("a replayed event adds nothing").isEqualTo(1);

        HttpResponse<Map<String, Object>> booked = book(RECEPTION_REGION, Map.of("type", "FIRST_VISIT",
                "clientId", client.toString(), "staff", List.of("first.visit"), "requestId", request.get("id"),
                "start", at(0, DayOfWeek.MONDAY, 9, 0), "end", at(0, DayOfWeek.MONDAY, 10, 0)));
        assertThat(booked.code()).isEqualTo(201);
        assertThat(open(contact)).as("fulfilled: off the waiting list").isNull();

        HttpResponse<Map<String, Object>> again = book(RECEPTION_REGION, Map.of("type", "FIRST_VISIT",
                "clientId", client.toString(), "staff", List.of("first.visit"), "requestId", request.get("id"),
                "start", at(0, DayOfWeek.MONDAY, 11, 0), "end", at(0, DayOfWeek.MONDAY, 12, 0)));
        assertThat(again.code()).isEqualTo(409);

        String appointment = (String) body(booked).get("id");
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + appointment + "/cancel",
                Map.of("by", "CLIENT")), RECEPTION_REGION).code()).isEqualTo(200);
        assertThat(open(contact)).as("a cancelled first visit puts the request back").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> open(UUID contact) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?status=OPEN"), RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(200);
        return ((List<Map<String, Object>>) body(r).get("items")).stream()
                .filter(i -> contact.toString().equals(i.get("contactId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private long countOpenFor(UUID contact) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?status=OPEN"), RECEPTION_REGION);
        return ((List<Map<String, Object>>) body(r).get("items")).stream()
                .filter(i -> contact.toString().equals(i.get("contactId"))).count();
    }
}
