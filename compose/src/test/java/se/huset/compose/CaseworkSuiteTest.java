package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across real processes, through the gateway: a LOB notice registered at the Region's reception becomes a matter in
 * the Kommun's social services' queue in casework, read from intake's event feed; the Kommun's social worker opens
 * an investigation and records a decision; the Region's staff see none of it.
 */
class CaseworkSuiteTest {

    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        suite = Suite.start("intake", "casework");
    }

    @Test
    void aLobNoticeAtTheRegionReachesTheKommunsQueueAndOnlyIt() throws Exception {
        String reception = suite.login("reception.region", "huset-demo");
        String socialWorker = suite.login("socialworker.kommun", "huset-demo");
        String therapist = suite.login("therapist.region", "huset-demo");
        HttpResponse<String> contact = suite.post("gateway", "/api/intake/contacts", """
                {"channel":"PHONE","kind":"LOB","referrer":"POLICE","substances":["ALCOHOL"],
                 "reason":"Omhändertagen enligt LOB natten till i dag","occurredAt":"%s",
                 "person":{"identifier":"19700101-1233","name":"Suite Socialtjänst"}}"""
                        .formatted(Instant.now().minus(3, ChronoUnit.HOURS)),
                reception, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        String contactId = Suite.field(contact.body(), "id");
        String clientId = Suite.field(contact.body(), "clientId");

        String matter = null;
        long start = System.nanoTime();
        while (matter == null && Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0) {
            HttpResponse<String> queue = suite.get("gateway", "/api/casework/actualisations?source=LOB&limit=200", socialWorker);
            assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
            int at = queue.body().indexOf("\"contactId\":\"" + contactId + "\"");
            if (at >= 0) {
                matter = Suite.field(queue.body().substring(queue.body().lastIndexOf('{', at)), "id");
            } else {
                Thread.sleep(250);
            }
        }
        assertThat(matter).as("the LOB notice is in social services' queue within 15 s").isNotNull();
        assertThat(suite.get("gateway", "/api/casework/actualisations/" + matter, therapist).statusCode())
                .as("a Region therapist is no social worker").isEqualTo(403);

        HttpResponse<String> assessed = suite.post("gateway", "/api/casework/actualisations/" + matter + "/assessment",
                "{\"open\":true,\"law\":\"SOL\"}", socialWorker, Map.of());
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        String today = LocalDate.now().toString();
        HttpResponse<String> decision = suite.post("gateway", "/api/casework/decisions", """
                {"clientId":"%s","intervention":"OUTPATIENT_TREATMENT","granted":true,"legalBasis":"SOL",
                 "decidedOn":"%s","validFrom":"%s"}""".formatted(clientId, today, today), socialWorker, Map.of());
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(201);
        HttpResponse<String> toEnforce = suite.get("gateway", "/api/casework/decisions/to-enforce?limit=200", socialWorker);
        assertThat(toEnforce.body()).contains(clientId).contains("\"reportable\":false");
    }
}
