package se.huset.booking.request;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingSettings;
import se.huset.booking.BookingTestSupport;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedPoller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP with a service token, as in the suite: the poller reads a (stub) intake feed and keeps its cursor. */
@MicronautTest(transactional = false)
@Property(name = "booking.test.stub-intake", value = "true")
class IntakeFeedPollingTest extends BookingTestSupport {

    @Inject
    FeedPoller poller;
    @Inject
    EmbeddedServer server;
    @Inject
    EventPayloads payloads;
    @Inject
    RequestRepository requests;
    @Inject
    BookingSettings settings;

    @Test
    void triagedContactOnTheFeedBecomesAnOpenRequest() {
        IntakeEvents consumer = new IntakeEvents(payloads, server.getURL().toString(), requests, settings, 14);
        UUID contact = UUID.randomUUID();
        StubIntakeFeed.EVENTS.add(WaitingListTest.triaged(1, contact, UUID.randomUUID(), "SOON",
                "NEXUS_OUTPATIENT", Instant.now()));
        assertThat(poller.pollOnce(consumer)).isEqualTo(1);
        assertThat(poller.pollOnce(consumer)).as("the cursor moved on").isZero();

        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?status=OPEN"), THERAPIST_KOMMUN);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(r).get("items");
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("contactId")).isEqualTo(contact.toString());
            assertThat(i.get("unitOrg")).isEqualTo("KOMMUN");
            assertThat(i.get("urgency")).isEqualTo("SOON");
        });
    }
}
