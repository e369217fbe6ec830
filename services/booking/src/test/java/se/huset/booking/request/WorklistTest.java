package se.huset.booking.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The waiting list as a worklist: filters, take, assign, release, close with a reason, audit, and who may not. */
@MicronautTest(transactional = false)
class WorklistTest extends BookingTestSupport {

    private static final String RECEPTION_KOMMUN = TestTokens.token("reception.kommun", Org.KOMMUN, "RECEPTION");
    private static final String SERVICE = TestTokens.token("some-service", null, "SERVICE");

    @Inject
    IntakeEvents intakeEvents;

    private String request(String urgency, String pathway, Instant triaged) {
        UUID contact = UUID.randomUUID();
        intakeEvents.handle(WaitingListTest.triaged(1, contact, UUID.randomUUID(), urgency, pathway, triaged));
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?limit=200&pathway=" + pathway
                + "&urgency=" + urgency), pathway.startsWith("NEXUS") ? RECEPTION_KOMMUN : RECEPTION_REGION);
        return items(r).stream().filter(i -> contact.toString().equals(i.get("contactId")))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<Map<String, Object>> r) {
        assertThat(r.code()).isEqualTo(200);
        return (List<Map<String, Object>>) body(r).get("items");
    }

    @Test
    void filtersNarrowTheListAndBadValuesAre400NamingTheParameter() {
        String overdue = request("PLANNED", "NEXUS_OUTPATIENT", Instant.now().minus(30, ChronoUnit.DAYS));
        String fresh = request("SOON", "NEXUS_OUTPATIENT", Instant.now());
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?overdue=true&org=KOMMUN&limit=200"), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).contains(overdue).doesNotContain(fresh);
        String dueDay = java.time.LocalDate.now(ClinicTime.ZONE).plusDays(3).toString();
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?dueFrom=" + dueDay + "&dueTo=" + dueDay), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).contains(fresh).doesNotContain(overdue);
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?urgency=ACUTE&pathway=NEXUS_OUTPATIENT"), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).doesNotContain(overdue, fresh);

        for (String bad : List.of("urgency=NOW", "status=LOST", "org=USER_ORG", "pathway=X", "dueFrom=2026-13-01",
                "dueTo=tomorrow", "overdue=maybe", "mine=1", "limit=0", "limit=201", "limit=ten", "after=garbage!")) {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?" + bad), RECEPTION_KOMMUN);
            assertThat(r.code()).as(bad).isEqualTo(400);
            assertThat(r.getContentType().map(MediaType::toString).orElse("")).contains("problem+json");
            assertThat(body(r).toString()).as(bad).contains("field=" + bad.substring(0, bad.indexOf('=')));
        }
        String page = pageStatus("/booking/waiting-list?urgency=NOW", RECEPTION_KOMMUN);
        assertThat(page).startsWith("400").contains("Filtret urgency har ett ogiltigt värde");
    }

    @Test
    void staffOfTheOwningBodyTakeAssignReleaseAndCloseEachAudited() throws Exception {
        calendar("therapist.kommun", Org.KOMMUN, "Nexus");
        calendar("therapist.region", Org.REGION, "Beroendeenheten");
        String id = request("SOON", "NEXUS_OUTPATIENT", Instant.now().minus(5, ChronoUnit.DAYS));
        Map<String, Object> before = counts(RECEPTION_KOMMUN);

        HttpResponse<Map<String, Object>> taken = call(HttpRequest.POST("/api/booking/requests/" + id + "/take", ""), RECEPTION_KOMMUN);
        assertThat(taken.code()).isEqualTo(200);
        assertThat(body(taken).get("takenBy")).isEqualTo("reception.kommun");
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?mine=true"), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).containsExactly(id);
        Map<String, Object> after = counts(RECEPTION_KOMMUN);
        assertThat(((Number) after.get("overdueTaken")).longValue()).isEqualTo(((Number) before.get("overdueTaken")).longValue() + 1);
        assertThat(((Number) after.get("mine")).longValue()).isEqualTo(1);

        assertThat(call(HttpRequest.POST("/api/booking/requests/" + id + "/assign", Map.of("username", "therapist.region")),
                RECEPTION_KOMMUN).code()).as("not staff of the owning body").isEqualTo(400);
        HttpResponse<Map<String, Object>> assigned = call(HttpRequest.POST("/api/booking/requests/" + id + "/assign",
                Map.of("username", "therapist.kommun")), RECEPTION_KOMMUN);
        assertThat(body(assigned).get("takenBy")).isEqualTo("therapist.kommun");
        assertThat(call(HttpRequest.POST("/api/booking/requests/" + id + "/take", ""), RECEPTION_KOMMUN).code())
                .as("taken by a colleague").isEqualTo(409);
        assertThat(body(call(HttpRequest.POST("/api/booking/requests/" + id + "/release", ""), RECEPTION_KOMMUN))
                .get("takenBy")).isNull();

        assertThat(call(HttpRequest.POST("/api/booking/requests/" + id + "/close", Map.of("reason", "SOMETIME")),
                RECEPTION_KOMMUN).code()).isEqualTo(400);
        HttpResponse<Map<String, Object>> closed = call(HttpRequest.POST("/api/booking/requests/" + id + "/close",
                Map.of("reason", "REACHED_ELSEWHERE", "note", "Går hos vårdcentralen")), RECEPTION_KOMMUN);
        assertThat(body(closed)).containsEntry("status", "CLOSED").containsEntry("closeReason", "REACHED_ELSEWHERE");
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?limit=200&org=KOMMUN"), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).doesNotContain(id);
        assertThat(items(call(HttpRequest.GET("/api/booking/requests?status=CLOSED"), RECEPTION_KOMMUN)))
                .extracting(i -> i.get("id")).contains(id);
        assertThat(call(HttpRequest.POST("/api/booking/requests/" + id + "/take", ""), RECEPTION_KOMMUN).code())
                .as("closed: nothing more to take").isEqualTo(409);

        assertThat(auditActions(id)).containsExactly("TAKE", "ASSIGN", "RELEASE", "CLOSE");
    }

    @Test
    void theOtherBodyAServiceAndTheSteeringGroupChangeNothing() throws Exception {
        String id = request("ACUTE", "NEXUS_OUTPATIENT", Instant.now());
        String consentedRegion = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
        for (String token : List.of(consentedRegion, RECEPTION_REGION, SERVICE, STEERING)) {
            for (var action : List.of(HttpRequest.POST("/api/booking/requests/" + id + "/take", ""),
                    HttpRequest.POST("/api/booking/requests/" + id + "/assign", Map.of("username", "reception.region")),
                    HttpRequest.POST("/api/booking/requests/" + id + "/release", ""),
                    HttpRequest.POST("/api/booking/requests/" + id + "/close", Map.of("reason", "DUPLICATE")))) {
                assertThat(call(action, token).code()).as(action.getPath()).isIn(403, 404);
            }
        }
        assertThat(call(HttpRequest.POST("/api/booking/requests/" + UUID.randomUUID() + "/take", ""), RECEPTION_KOMMUN)
                .code()).isEqualTo(404);
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select status, taken_by, close_reason from first_visit_request where id = ?::uuid")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("OPEN");
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getString(3)).isNull();
            }
        }
        assertThat(auditActions(id)).isEmpty();
        assertThat(pageStatus("/booking/waiting-list", STEERING)).startsWith("403");
    }

    @Test
    void theWaitingListPageTakesARequestInOneClick() {
        String id = request("SOON", "NEXUS_OUTPATIENT", Instant.now());
        String page = pageStatus("/booking/waiting-list?org=KOMMUN&limit=200", RECEPTION_KOMMUN);
        assertThat(page).startsWith("200").contains("öppna för din huvudman", "Jag tar den", "/booking/waiting-list/" + id + "/work");
        String after = post("/booking/waiting-list/" + id + "/work",
                "action=take&back=" + enc("/booking/waiting-list?org=KOMMUN&limit=200"), RECEPTION_KOMMUN);
        assertThat(after).contains("Du har tagit förfrågan.");
        String mine = pageStatus("/booking/waiting-list?mine=true", RECEPTION_KOMMUN);
        assertThat(mine).contains("/booking/waiting-list/" + id + "/work").contains("Släpp");
        String refused = post("/booking/waiting-list/" + id + "/work", "action=take", RECEPTION_REGION);
        assertThat(refused).contains("Bara personal hos huvudmannen");
    }

    private Map<String, Object> counts(String token) {
        return body(call(HttpRequest.GET("/api/booking/requests/counts"), token));
    }

    private List<String> auditActions(String requestId) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select action from kit_audit where resource = ? and action <> 'LIST' and action <> 'READ' order by id")) {
            ps.setString(1, "request/" + requestId);
            List<String> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private String pageStatus(String path, String token) {
        try {
            HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), String.class);
            return r.code() + " " + r.body();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode() + " " + e.getResponse().getBody(String.class).orElse("");
        }
    }

    private String post(String path, String form, String token) {
        try {
            return http.toBlocking().retrieve(HttpRequest.POST(path, form)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode() + " " + e.getResponse().getBody(String.class).orElse("");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
