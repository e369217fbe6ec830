package se.huset.intake.contact;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.huset.intake.IntakeTestSupport;

import se.huset.kit.time.ClinicTime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/intake/contacts} a page at a time: the waiting queue in the board's order, every other list newest
 * first; a cursor that keeps its place while new contacts arrive; the filters; and 400 naming the parameter for
 * any bad value. Own database, so the counts are this test's alone.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactListTest extends IntakeTestSupport {

    @Override
    protected String databaseName() {
        return "intake_lists";
    }

    private String register(String token, String urgency, String channel, String kind, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "kind", kind, "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "person", Map.of("anonymous", true), "occurredAt", at.toString()));
        if (urgency != null) {
            body.put("urgency", urgency);
        }
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/intake/contacts", body), token);
        assertThat(r.code()).isEqualTo(201);
        return (String) body(r).get("id");
    }

    /** First, so the queue holds only its own contacts. */
    @Test
    @Order(1)
    void theQueuePagesInTheBoardsOrderAndKeepsItsPlaceWhileContactsArrive() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> expected = new ArrayList<>();
        expected.add(register(RECEPTION_REGION, "ACUTE", "WALK_IN", "SELF_APPLICATION", now.minus(10, ChronoUnit.MINUTES)));
        expected.add(register(RECEPTION_REGION, "ACUTE", "WALK_IN", "SELF_APPLICATION", now.minus(5, ChronoUnit.MINUTES)));
        expected.add(register(RECEPTION_KOMMUN, "SOON", "PHONE", "REPORT", now.minus(9, ChronoUnit.HOURS)));
        expected.add(register(RECEPTION_REGION, "SOON", "PHONE", "SELF_APPLICATION", now.minus(1, ChronoUnit.HOURS)));
        expected.add(register(RECEPTION_REGION, "PLANNED", "DIGITAL", "ADVICE", now.minus(3, ChronoUnit.DAYS)));
        expected.add(register(RECEPTION_KOMMUN, null, "PHONE", "RELATIVE", now.minus(2, ChronoUnit.DAYS)));
        expected.add(register(RECEPTION_REGION, null, "PHONE", "ADVICE", now.minus(1, ChronoUnit.DAYS)));

        Map<String, Object> first = page("/api/intake/contacts?status=NEW&limit=3", RECEPTION_REGION);
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(first.get("next")).isNotNull();

        // an acute call arrives while the reader is on page one: the next page neither repeats nor skips
        String newcomer = register(RECEPTION_REGION, "ACUTE", "WALK_IN", "SELF_APPLICATION", now);
        List<String> rest = new ArrayList<>();
        Object next = first.get("next");
        while (next != null) {
            Map<String, Object> more = page("/api/intake/contacts?status=NEW&limit=3&after=" + enc(next), RECEPTION_REGION);
            rest.addAll(ids(more));
            next = more.get("next");
        }
        assertThat(rest).containsExactlyElementsOf(expected.subList(3, expected.size()));
        assertThat(ids(page("/api/intake/contacts?status=NEW&limit=3", RECEPTION_REGION)))
                .as("a fresh first page has the newcomer among the acute").contains(newcomer);
    }

    @Test
    void otherListsAreNewestFirstAndFiltered() {
        Instant base = Instant.parse("2024-03-10T10:00:00Z");
        String march10 = register(RECEPTION_KOMMUN, "SOON", "OUTREACH", "LOB", base);
        String march11 = register(RECEPTION_REGION, "PLANNED", "OUTREACH", "REFERRAL", base.plus(1, ChronoUnit.DAYS));
        String march12 = register(RECEPTION_KOMMUN, "ACUTE", "OUTREACH", "LOB", base.plus(2, ChronoUnit.DAYS));

        Map<String, Object> outreach = page("/api/intake/contacts?channel=OUTREACH&limit=2", RECEPTION_REGION);
        assertThat(ids(outreach)).containsExactly(march12, march11);
        assertThat(ids(page("/api/intake/contacts?channel=OUTREACH&limit=2&after=" + enc(outreach.get("next")),
                RECEPTION_REGION))).containsExactly(march10);

        assertThat(ids(page("/api/intake/contacts?channel=OUTREACH&owner=KOMMUN", RECEPTION_REGION)))
                .containsExactly(march12, march10);
        assertThat(ids(page("/api/intake/contacts?channel=OUTREACH&kind=REFERRAL", RECEPTION_REGION)))
                .containsExactly(march11);
        assertThat(ids(page("/api/intake/contacts?channel=OUTREACH&urgency=ACUTE", RECEPTION_REGION)))
                .containsExactly(march12);
        assertThat(ids(page("/api/intake/contacts?from=2024-03-11&to=2024-03-11", RECEPTION_REGION)))
                .containsExactly(march11);
        LocalDate today = LocalDate.now(ClinicTime.ZONE);
        assertThat(ids(page("/api/intake/contacts?channel=OUTREACH&from=" + today, RECEPTION_REGION))).isEmpty();
    }

    @Test
    void mineIsWhatTheReaderHasTaken() {
        String taken = register(RECEPTION_REGION, "SOON", "PHONE", "SELF_APPLICATION", Instant.now());
        register(RECEPTION_REGION, "SOON", "PHONE", "SELF_APPLICATION", Instant.now());
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + taken + "/take", Map.of()), RECEPTION_REGION).code())
                .isEqualTo(200);
        Map<String, Object> mine = page("/api/intake/contacts?status=NEW&mine=true", RECEPTION_REGION);
        assertThat(ids(mine)).containsExactly(taken);
        assertThat(ids(page("/api/intake/contacts?status=NEW&mine=true", THERAPIST_REGION))).isEmpty();
    }

    @Test
    void theOtherBodysContactsAreCountedNotShownAndThePageStillLeadsOn() {
        for (int i = 0; i < 3; i++) {
            registerPerson(RECEPTION_REGION, personnummer("19600101", "31" + i), "Region Person " + i);
        }
        Map<String, Object> kommun = page("/api/intake/contacts?kind=SELF_APPLICATION&limit=2", RECEPTION_KOMMUN);
        assertThat(kommun.toString()).doesNotContain("Region Person");
        assertThat((Integer) kommun.get("withheld")).isEqualTo(2);
        assertThat(kommun.get("next")).as("a page withheld entirely still leads on").isNotNull();
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        Map<String, String> bad = new HashMap<>();
        bad.put("status=FOO", "status");
        bad.put("urgency=URGENT", "urgency");
        bad.put("channel=FAX", "channel");
        bad.put("kind=x", "kind");
        bad.put("owner=USER_ORG", "owner");
        bad.put("owner=NOBODY", "owner");
        bad.put("from=2024-13-01", "from");
        bad.put("from=2024-03-02&to=2024-03-01", "to");
        bad.put("mine=maybe", "mine");
        bad.put("limit=0", "limit");
        bad.put("limit=201", "limit");
        bad.put("limit=ten", "limit");
        bad.put("after=not-a-cursor", "after");
        bad.put("after=" + enc(recentCursor()) + "&status=NEW", "after");
        bad.forEach((query, parameter) -> {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/contacts?" + query), RECEPTION_REGION);
            assertThat(r.code()).as(query).isEqualTo(400);
            assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(body(r).toString()).as(query).contains("field=" + parameter + ",");
        });
    }

    /** A cursor of the newest-first list, which the queue (another order) must refuse. */
    private Object recentCursor() {
        register(RECEPTION_REGION, null, "PHONE", "ADVICE", Instant.now());
        register(RECEPTION_REGION, null, "PHONE", "ADVICE", Instant.now());
        Object next = page("/api/intake/contacts?limit=1", RECEPTION_REGION).get("next");
        assertThat(next).isNotNull();
        return next;
    }

    private Map<String, Object> page(String path, String token) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET(path), token);
        assertThat(r.code()).as(path + " " + r.getBody(String.class).orElse("")).isEqualTo(200);
        return body(r);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> (String) m.get("id")).toList();
    }

    private static String enc(Object cursor) {
        return URLEncoder.encode(String.valueOf(cursor), StandardCharsets.UTF_8);
    }
}
