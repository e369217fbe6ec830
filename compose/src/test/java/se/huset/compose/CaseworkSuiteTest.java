package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

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
 * an investigation and records a decision; the Region's staff see none of it. Then the same chain in headless
 * Chromium through the gateway, each page checked with axe, ending in the client overview's timeline.
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

        String matter = awaitMatter(contactId, "LOB", socialWorker);
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

        HttpResponse<String> regionsView = suite.get("gateway", "/api/intake/clients/" + clientId + "/overview",
                therapist);
        assertThat(regionsView.statusCode()).as(regionsView.body()).isEqualTo(200);
        assertThat(regionsView.body()).as("the Kommun's chain named withheld to the Region, never silently absent")
                .contains("{\"body\":\"KOMMUN\",\"category\":\"SOCIAL\",\"reason\":\"CONSENT_REQUIRED\",\"count\":3}")
                .doesNotContain("\"kind\":\"DECISION\"");
    }

    @Test
    void aSocialWorkerAssessesDecidesAndEnforcesInTheBrowser() throws Exception {
        Browser.assumeAvailable();
        String reception = suite.login("reception.kommun", "huset-demo");
        String socialWorker = suite.login("socialworker.kommun", "huset-demo");
        HttpResponse<String> contact = suite.post("gateway", "/api/intake/contacts", """
                {"channel":"WALK_IN","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],
                 "reason":"Ansöker om stöd","person":{"identifier":"19800202-2385","name":"Suite Ansökan"}}""",
                reception, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        String contactId = Suite.field(contact.body(), "id");
        String matter = awaitMatter(contactId, "APPLICATION", socialWorker);

        try (Browser browser = Browser.open(suite)) {
            browser.login("socialworker.kommun", "huset-demo");
            browser.go("/casework?source=APPLICATION");
            assertThat(browser.text()).contains("Aktualiseringar att bedöma", "Suite Ansökan");
            browser.check("casework-queue");
            new Select(browser.driver().findElement(By.id(matter + "-decision"))).selectByValue("SOL");
            browser.driver().findElement(By.cssSelector("form[action$='/" + matter + "/assessment'] button")).click();
            browser.await(d -> d.getCurrentUrl().contains("/casework/investigations"), "my investigations");
            assertThat(browser.text()).contains("Pågående utredningar", "Suite Ansökan");
            browser.check("casework-investigations");

            browser.driver().findElement(By.xpath("//tr[contains(., 'Suite Ansökan')]//a[contains(@href, '/casework/decisions/new')]"))
                    .click();
            browser.await(d -> d.getCurrentUrl().contains("/casework/decisions/new"), "the decision form");
            browser.check("casework-decision-form");
            new Select(browser.driver().findElement(By.id("intervention"))).selectByValue("OUTPATIENT_TREATMENT");
            browser.driver().findElement(By.id("outcome")).click();
            browser.driver().findElement(By.cssSelector("form[action='/casework/decisions'] button[type=submit]")).click();
            browser.await(d -> d.getCurrentUrl().endsWith("/casework/decisions"), "the decisions to enforce");
            assertThat(browser.text()).contains("Beslut att verkställa", "Suite Ansökan", "Öppenvårdsbehandling");
            browser.check("casework-decisions");

            browser.driver().findElement(By.xpath("//tr[contains(., 'Suite Ansökan')]//form//button")).click();
            browser.await(d -> !d.findElement(By.tagName("main")).getText().contains("Suite Ansökan"),
                    "the enforced decision to leave the list");

            // the client overview reads casework's part of the timeline with the reader's token (first asked of
            // intake itself: its first call to casework opens the connection, which the gateway's proxy timeout does
            // not wait for); the services this suite does not run are named unavailable, the rest shows
            String clientId = Suite.field(contact.body(), "clientId");
            HttpResponse<String> overview = suite.get("intake", "/api/intake/clients/" + clientId + "/overview",
                    socialWorker);
            assertThat(overview.body()).contains("\"kind\":\"DECISION\"", "\"status\":\"ENFORCED\"",
                    "\"kind\":\"INVESTIGATION\"", "\"kind\":\"ACTUALISATION\"", "\"kind\":\"CONTACT\"");
            browser.go("/intake/clients/" + clientId);
            assertThat(browser.text()).contains("Tidslinje", "Beslut: öppenvårdsbehandling – verkställt",
                    "Utredning: SoL – pågår", "Aktualisering: ansökan – utredning inledd", "Kontakt: Egen ansökan",
                    "Bokningar kan inte visas just nu");
            browser.check("intake-client-overview");
            new Select(browser.driver().findElement(By.id("timeline-kind"))).selectByValue("DECISION");
            browser.driver().findElement(By.cssSelector("#timeline form button[type=submit]")).click();
            browser.await(d -> d.getCurrentUrl().contains("kind=DECISION"), "the timeline filtered to decisions");
            assertThat(browser.text()).contains("Beslut: öppenvårdsbehandling").doesNotContain("Kontakt: Egen ansökan",
                    "Bokningar kan inte visas just nu");
            browser.check("intake-client-overview-decisions");
            browser.assertAccessible();
        }
        HttpResponse<String> left = suite.get("gateway", "/api/casework/decisions/to-enforce?limit=200", socialWorker);
        assertThat(left.body()).doesNotContain(Suite.field(contact.body(), "clientId"));
    }

    /** The actualisation intake's contact became in casework, once its feed has delivered it (within 15 s). */
    private static String awaitMatter(String contactId, String source, String token) throws InterruptedException {
        long start = System.nanoTime();
        while (Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0) {
            HttpResponse<String> queue = suite.get("gateway", "/api/casework/actualisations?source=" + source
                    + "&limit=200", token);
            assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
            int at = queue.body().indexOf("\"contactId\":\"" + contactId + "\"");
            if (at >= 0) {
                return Suite.field(queue.body().substring(queue.body().lastIndexOf('{', at)), "id");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("contact " + contactId + " did not reach social services' queue within 15 s");
    }
}
