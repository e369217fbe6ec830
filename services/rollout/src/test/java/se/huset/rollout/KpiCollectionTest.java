package se.huset.rollout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.rollout.kpi.KpiCollector;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection from a fake intake: a small count comes back suppressed; with intake down the dashboard still
 * renders, showing the KPI's last value and its age; the report's PDF and CSV carry the same series.
 */
@MicronautTest(transactional = false)
class KpiCollectionTest extends RolloutTestSupport {

    @Inject
    KpiCollector collector;

    static String stats(Object contacts, Object contactsN) {
        return """
                {"service":"intake","generatedAt":"2026-11-23T10:00:00Z",
                 "contactsPerWeek":[{"week":"2026-W46","contacts":{"value":40,"n":40,"missing":0}},
                                    {"week":"2026-W47","contacts":{"value":%s,"n":%s,"missing":0}}],
                 "triage":{"medianMinutesToTriage":{"value":95.5,"n":40,"missing":2},
                           "shareTriagedWithinOneWorkingDay":{"value":"<5","n":40,"missing":2}},
                 "activeClientsWithConsentCoveringBothOrgs":{"value":0.625,"n":32,"missing":0}}"""
                .formatted(contacts, contactsN);
    }

    @Test
    void collectsSuppressesSmallCountsAndKeepsTheLastValueWhenTheSourceIsDown() {
        // a count under five, even one the source forgot to suppress, comes back suppressed
        intakeStats = stats(3, 3);
        assertThat(collector.collect()).isTrue();
        assertThat(intakeAuthorization).startsWith("Bearer ");
        assertThat(collector.collectIfDue()).as("a replica waking up just after a round skips it").isFalse();
        Map<String, Object> contacts = kpi("contacts-per-week");
        assertThat(contacts.get("suppressed")).isEqualTo(true);
        assertThat(contacts.get("value")).isNull();
        assertThat(contacts.get("state")).isEqualTo("CURRENT");
        assertThat(kpi("share-triaged-one-working-day").get("suppressed")).as("the source's own <5").isEqualTo(true);
        Map<String, Object> median = kpi("median-minutes-to-triage");
        assertThat(median).containsEntry("suppressed", false).containsEntry("n", 40);
        assertThat(((Number) median.get("value")).doubleValue()).isEqualTo(95.5);
        assertThat(median.get("target")).isNotNull();
        assertThat(median.get("updatedAt")).isNotNull();
        assertThat(kpi("frequent-attenders")).as("followup has not landed").containsEntry("state", "NO_DATA")
                .containsEntry("value", null);

        intakeStats = stats(14, 14);
        assertThat(collector.collect()).isTrue();
        assertThat(((Number) kpi("contacts-per-week").get("value")).intValue()).isEqualTo(14);

        // intake goes down: the next collection records it and keeps the last value
        intake.stop(0);
        assertThat(collector.collect()).isTrue();
        Map<String, Object> stale = kpi("contacts-per-week");
        assertThat(stale).containsEntry("state", "STALE").containsEntry("suppressed", false);
        assertThat(((Number) stale.get("value")).intValue()).isEqualTo(14);
        assertThat(stale.get("ageMinutes")).isNotNull();

        HttpResponse<String> page = page(HttpRequest.GET("/rollout"), AS_USER_ORG);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Kontakter via en ingång per vecka", "Källan svarar inte: senaste värde",
                "Inga data än", "Tidslinje", "Styrgrupp utses", "g-today");
        assertThat(page.body()).doesNotContain("style=");
        assertThat(page(HttpRequest.GET("/rollout/milestones/Y1S1-RUTINER"), AS_USER_ORG).body())
                .as("the milestone lists its KPIs").contains("Mediantid från kontakt till triage (minuter)", "95,5 min");
        String english = page(HttpRequest.GET("/rollout").cookie(Cookie.of("lang", "en")), AS_USER_ORG).body();
        assertThat(english).contains("Timeline", "No data yet", "Source not answering: last value", "Year 2")
                .doesNotContain("??");

        HttpResponse<byte[]> pdf = http.toBlocking().exchange(HttpRequest.GET("/rollout/report.pdf").bearerAuth(AS_STEERING),
                byte[].class);
        assertThat(pdf.code()).isEqualTo(200);
        assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<String> csv = page(HttpRequest.GET("/rollout/kpis.csv"), AS_THERAPIST);
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kpi,title,source,collected_at,value,target,n,suppressed");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("contacts-per-week,").endsWith(",14,20,14,false"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(8));

        Map<String, Object> own = json("/api/rollout/stats", AS_USER_ORG);
        assertThat(own).containsEntry("service", "rollout").containsKey("milestonesByStatus");
    }

    private Map<String, Object> kpi(String code) {
        return jsonList("/api/rollout/kpis", AS_THERAPIST).stream().filter(k -> code.equals(k.get("code")))
                .findFirst().orElseThrow();
    }
}
