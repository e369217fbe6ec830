package se.huset.followup.frequent;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.followup.FollowupTestSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end over HTTP: seven acute visits on intake's feed make a frequent attender within ten seconds. */
@MicronautTest(transactional = false)
class FrequentAttenderFeedTest extends FollowupTestSupport {

    private static final StubIntake INTAKE = start();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", INTAKE.url());
        p.put("huset.feed.poll-interval", "300ms");
        return p;
    }

    @Test
    void sevenAcuteVisitsOnIntakeShowWithinTenSeconds() throws InterruptedException {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            UUID contact = UUID.randomUUID();
            INTAKE.publish("ContactRegistered", contact.toString(), """
                    {"contactId":"%s","clientId":"%s","channel":"PHONE","kind":"ACUTE_VISIT","referrer":"SELF",
                     "substances":["ALCOHOL"],"ownerOrg":"REGION","registeredAt":"%s"}"""
                    .formatted(contact, client, Instant.now().minus(i, ChronoUnit.DAYS)));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean found = false;
        while (!found && System.nanoTime() < deadline) {
            Map<String, Object> list = body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION));
            found = FrequentAttenderTest.items(list).stream().anyMatch(i -> i.get("clientId").equals(client.toString()));
            if (!found) {
                Thread.sleep(200);
            }
        }
        assertThat(found).as("frequent attender listed within 10 s").isTrue();
    }

    private static StubIntake start() {
        try {
            return new StubIntake();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
