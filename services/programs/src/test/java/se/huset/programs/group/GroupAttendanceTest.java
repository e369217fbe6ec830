package se.huset.programs.group;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.programs.ProgramsTestSupport;
import se.huset.programs.StubBooking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class GroupAttendanceTest extends ProgramsTestSupport {

    @Test
    void groupSessionsAreBookedThroughBookingWithTheCallersToken() {
        UUID group = group(THERAPIST_REGION, "AP", "Tisdagsgruppen", List.of(facilitator("therapist.region", Org.REGION),
                facilitator("therapist.kommun", Org.KOMMUN)), 8);
        assertThat(StubBooking.get().authorizations).contains("Bearer " + THERAPIST_REGION);
        Map<String, Object> shown = body(call(HttpRequest.GET("/api/programs/groups/" + group), THERAPIST_KOMMUN));
        assertThat(shown.get("sessions")).asList().hasSize(8);
        assertThat(shown.get("coFacilitated")).isEqualTo(true);
    }

    @Test
    void bookingsRefusalReachesTheCallerAndNoGroupIsMade() {
        Map<String, Object> body = new HashMap<>(Map.of("programCode", "AP", "name", "REFUSE me",
                "facilitators", List.of(facilitator("therapist.region", Org.REGION)), "capacity", 8, "intake", "CLOSED",
                "roomId", UUID.randomUUID().toString(), "start", "2026-11-24T17:00:00+01:00",
                "end", "2026-11-24T18:30:00+01:00"));
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/programs/groups", body), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(409);
        assertThat((String) body(r).get("detail")).startsWith("booking:");
        String groups = http.toBlocking().retrieve(HttpRequest.GET("/api/programs/groups").bearerAuth(THERAPIST_REGION));
        assertThat(groups).doesNotContain("REFUSE me");
    }

    @Test
    void attendanceForTenIsOneRequest() {
        UUID group = group(THERAPIST_REGION, "CRA", "Tio deltagare", List.of(facilitator("therapist.region", Org.REGION)), 4);
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            enrollments.add(active(THERAPIST_REGION, client(25 + i), "CRA", group));
        }
        String session = firstSession(group);
        List<Map<String, Object>> participants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            participants.add(Map.of("enrollmentId", enrollments.get(i), "status", i < 7 ? "PRESENT" : i < 9 ? "ABSENT" : "EXCUSED",
                    "note", "anteckning " + i));
        }
        HttpResponse<Map<String, Object>> r = call(HttpRequest.PUT("/api/programs/groups/" + group + "/sessions/" + session
                + "/attendance", Map.of("groupNote", "Tema: risksituationer", "participants", participants)), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(200);
        Map<String, Object> view = body(r);
        assertThat(view.get("groupNote")).isEqualTo("Tema: risksituationer");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        assertThat(items).hasSize(10);
        assertThat(items).filteredOn(i -> "PRESENT".equals(i.get("status"))).hasSize(7);
        assertThat(items).extracting(i -> i.get("note")).doesNotHaveDuplicates();

        // a drop-out without a session number is counted from the attendance: present at session 1
        HttpResponse<Map<String, Object>> dropped = call(HttpRequest.POST("/api/programs/enrollments/" + enrollments.get(0)
                + "/drop-out", Map.of("reason", "slutade komma")), THERAPIST_REGION);
        assertThat(body(dropped).get("droppedAtSession")).isEqualTo(1);
    }

    @Test
    void attendanceNamesItsBadParts() {
        UUID group = group(THERAPIST_REGION, "CRA", "Felgruppen", List.of(facilitator("therapist.region", Org.REGION)), 2);
        String member = active(THERAPIST_REGION, client(30), "CRA", group);
        String session = firstSession(group);
        String path = "/api/programs/groups/" + group + "/sessions/" + session + "/attendance";
        HttpResponse<Map<String, Object>> stranger = call(HttpRequest.PUT(path, Map.of("participants",
                List.of(Map.of("enrollmentId", UUID.randomUUID().toString(), "status", "PRESENT")))), THERAPIST_REGION);
        assertThat(stranger.code()).isEqualTo(400);
        assertThat(body(stranger).get("detail").toString()).contains("participants[0].enrollmentId");
        HttpResponse<Map<String, Object>> badStatus = call(HttpRequest.PUT(path, Map.of("participants",
                List.of(Map.of("enrollmentId", member, "status", "ASLEEP")))), THERAPIST_REGION);
        assertThat(badStatus.code()).isEqualTo(400);
        HttpResponse<Map<String, Object>> otherBody = call(HttpRequest.PUT(path, Map.of("participants",
                List.of(Map.of("enrollmentId", member, "status", "PRESENT")))), THERAPIST_KOMMUN);
        assertThat(otherBody.code()).isEqualTo(403);
    }

    @Test
    void attendancePageIsAKeyboardForm() {
        UUID group = group(THERAPIST_REGION, "AP", "Sidgruppen", List.of(facilitator("therapist.region", Org.REGION)), 2);
        String first = active(THERAPIST_REGION, client(40), "AP", group);
        String second = active(THERAPIST_REGION, client(41), "AP", group);
        String session = firstSession(group);
        String page = "/programs/groups/" + group + "/sessions/" + session + "/attendance";
        String html = http.toBlocking().retrieve(HttpRequest.GET(page).bearerAuth(THERAPIST_REGION), String.class);
        assertThat(count(html, "<fieldset")).isEqualTo(2);
        assertThat(count(html, "<legend")).isEqualTo(2);
        assertThat(count(html, "type=\"radio\"")).isEqualTo(6);
        assertThat(html).doesNotContain("style=\"").doesNotContain("onclick").doesNotContain("<script>");
        // every input has a label bound to it
        Matcher ids = Pattern.compile("<input[^>]*\\sid=\"([^\"]+)\"").matcher(html);
        while (ids.find()) {
            assertThat(html).contains("for=\"" + ids.group(1) + "\"");
        }
        assertThat(html).contains("for=\"groupNote\"").contains("name=\"status." + first + "\"");

        String form = "status." + first + "=PRESENT&note." + first + "=kom+sent&status." + second + "=EXCUSED&groupNote=Bra+tr%C3%A4ff";
        HttpResponse<String> saved = http.toBlocking().exchange(HttpRequest.POST(page, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).bearerAuth(THERAPIST_REGION), String.class);
        // the client follows the 303 to the group's page, which says the attendance is saved
        assertThat(saved.body()).contains("alert-success").doesNotContain("attendance-error");
        Map<String, Object> view = body(call(HttpRequest.GET("/api/programs/groups/" + group + "/sessions/" + session
                + "/attendance"), THERAPIST_REGION));
        assertThat(view.get("groupNote")).isEqualTo("Bra träff");
        assertThat(view.get("items").toString()).contains("kom sent", "EXCUSED");
    }

    @Test
    void theOtherPagesRender() {
        UUID group = group(THERAPIST_REGION, "AP", "Visningsgruppen", List.of(facilitator("therapist.region", Org.REGION)), 2);
        UUID client = client(33);
        active(THERAPIST_REGION, client, "AP", group);
        for (String page : List.of("/programs/today", "/programs/catalog", "/programs/groups/" + group,
                "/programs/clients/" + client)) {
            try {
                String html = http.toBlocking().retrieve(HttpRequest.GET(page).bearerAuth(THERAPIST_REGION), String.class);
                assertThat(html).as(page).contains("<main").doesNotContain("style=\"").doesNotContain("??");
            } catch (HttpClientResponseException e) {
                throw new AssertionError(page + ": " + e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
            }
        }
        String withheld = http.toBlocking().retrieve(HttpRequest.GET("/programs/clients/" + client)
                .bearerAuth(THERAPIST_KOMMUN), String.class);
        assertThat(withheld).contains("class=\"withheld\"");
    }

    private String firstSession(UUID group) {
        Map<String, Object> g = body(call(HttpRequest.GET("/api/programs/groups/" + group), THERAPIST_REGION));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) g.get("sessions");
        return (String) sessions.get(0).get("id");
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
