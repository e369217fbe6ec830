package se.huset.followup.sip;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ConsentGranted;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.consent.ConsentStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SipTest extends FollowupTestSupport {

    @Inject
    ConsentStore consents;

    @Test
    void aSipNeedsConsentThenMovesOnAndFlagsAnOverdueReview() {
        UUID client = client("MALE", 50);
        Map<String, Object> request = Map.of("clientId", client.toString(), "reviewOn", LocalDate.now().minusDays(1).toString());
        assertThat(call(HttpRequest.POST("/api/followup/sips", request), THERAPIST_REGION).code()).isEqualTo(422);

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("SOCIAL"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        HttpResponse<Map<String, Object>> created = call(HttpRequest.POST("/api/followup/sips", request), THERAPIST_REGION);
        assertThat(created.code()).isEqualTo(201);
        assertThat(body(created)).containsEntry("status", "CALLED").containsEntry("reviewOverdue", false);
        String id = (String) body(created).get("id");

        Map<String, Object> held = body(call(HttpRequest.POST("/api/followup/sips/" + id, Map.of("status", "HELD",
                "adherence", "PARTLY")), THERAPIST_REGION));
        assertThat(held).containsEntry("status", "HELD").containsEntry("adherence", "PARTLY").containsEntry("reviewOverdue", true);

        HttpResponse<Map<String, Object>> bad = call(HttpRequest.POST("/api/followup/sips/" + id, Map.of("status", "HELD",
                "adherence", "MOSTLY")), THERAPIST_REGION);
        assertThat(bad.code()).isEqualTo(400);
        assertThat((String) body(bad).get("detail")).startsWith("adherence:");
        assertThat(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString())), THERAPIST_REGION).code())
                .isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanHasParticipantsFromBothBodiesUnderConsentGoalsAndWhoDoesWhat() {
        UUID client = client("FEMALE", 38);
        grant(client, "REGION", "SOCIAL");
        String id = (String) body(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString(),
                "reviewOn", LocalDate.now().plusMonths(2).toString())), THERAPIST_REGION)).get("id");

        HttpResponse<Map<String, Object>> own = call(HttpRequest.POST("/api/followup/sips/" + id + "/participants",
                Map.of("name", "Rut Region", "function", "Sjuksköterska", "party", "REGION")), THERAPIST_REGION);
        assertThat(own.code()).isEqualTo(201);
        Map<String, String> kommun = Map.of("name", "Kim Kommun", "function", "Socialsekreterare", "party", "KOMMUN");
        HttpResponse<Map<String, Object>> refused = call(HttpRequest.POST("/api/followup/sips/" + id + "/participants", kommun),
                THERAPIST_REGION);
        assertThat(refused.code()).isEqualTo(422);
        assertThat((String) body(refused).get("detail")).contains("consent");
        // the consent must name the other body for follow-up data: the plan is shared with it
        grant(client, "KOMMUN", "FOLLOWUP");
        HttpResponse<Map<String, Object>> kim = call(HttpRequest.POST("/api/followup/sips/" + id + "/participants", kommun),
                THERAPIST_REGION);
        assertThat(kim.code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + id + "/participants", Map.of("name", "Klienten",
                "function", "Själv", "party", "CLIENT")), THERAPIST_REGION).code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + id + "/participants", Map.of("name", "X", "function", "Y",
                "party", "POLICE")), THERAPIST_REGION).code()).isEqualTo(400);

        HttpResponse<Map<String, Object>> goal = call(HttpRequest.POST("/api/followup/sips/" + id + "/goals",
                Map.of("text", "Eget boende före sommaren")), THERAPIST_REGION);
        assertThat(goal.code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + id + "/goals", Map.of("text", " ")), THERAPIST_REGION).code())
                .isEqualTo(400);

        String kimId = (String) body(kim).get("id");
        String goalId = (String) body(goal).get("id");
        HttpResponse<Map<String, Object>> task = call(HttpRequest.POST("/api/followup/sips/" + id + "/tasks", Map.of(
                "what", "Ansöka om träningslägenhet", "participantId", kimId, "goalId", goalId,
                "dueOn", LocalDate.now().minusDays(2).toString())), THERAPIST_REGION);
        assertThat(task.code()).isEqualTo(201);
        assertThat(body(task)).containsEntry("responsible", "Kim Kommun").containsEntry("party", "KOMMUN")
                .containsEntry("overdue", true).containsEntry("done", false);
        HttpResponse<Map<String, Object>> stranger = call(HttpRequest.POST("/api/followup/sips/" + id + "/tasks", Map.of(
                "what", "Något", "participantId", UUID.randomUUID().toString())), THERAPIST_REGION);
        assertThat(stranger.code()).isEqualTo(400);
        assertThat((String) body(stranger).get("detail")).startsWith("participantId:");
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + id + "/tasks", Map.of("what", "Något", "participantId", kimId,
                "goalId", UUID.randomUUID().toString())), THERAPIST_REGION).code()).isEqualTo(400);

        Map<String, Object> done = body(call(HttpRequest.POST("/api/followup/sips/" + id + "/tasks/" + body(task).get("id"),
                Map.of("done", true)), THERAPIST_REGION));
        assertThat(done).containsEntry("done", true).containsEntry("overdue", false);

        Map<String, Object> detail = body(call(HttpRequest.GET("/api/followup/sips/" + id), THERAPIST_REGION));
        assertThat((List<Map<String, Object>>) detail.get("participants")).extracting(x -> x.get("party"))
                .containsExactly("REGION", "KOMMUN", "CLIENT");
        assertThat((List<Map<String, Object>>) detail.get("goals")).extracting(x -> x.get("text")).containsExactly("Eget boende före sommaren");
        assertThat((List<Map<String, Object>>) detail.get("tasks")).singleElement().satisfies(t ->
                assertThat(t).containsEntry("goalId", goalId).containsEntry("participantId", kimId));
        // the other body reads the plan under the consent but does not change it
        assertThat(call(HttpRequest.GET("/api/followup/sips/" + id), THERAPIST_KOMMUN).code()).isEqualTo(200);
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + id + "/goals", Map.of("text", "Annat")), THERAPIST_KOMMUN).code())
                .isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void overdueReviewsAreFlaggedInTheListAndThePagesWork() {
        UUID client = client("MALE", 61);
        grant(client, "REGION", "SOCIAL");
        String late = (String) body(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString(),
                "reviewOn", LocalDate.now().minusDays(3).toString())), THERAPIST_REGION)).get("id");
        String onTime = (String) body(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString(),
                "reviewOn", LocalDate.now().plusDays(30).toString())), THERAPIST_REGION)).get("id");
        List<Map<String, Object>> overdue = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips?overdue=true"),
                THERAPIST_REGION)).get("items");
        assertThat(overdue).extracting(p -> p.get("id")).contains(late).doesNotContain(onTime);
        assertThat(overdue).allSatisfy(p -> assertThat(p).containsEntry("reviewOverdue", true));
        List<Map<String, Object>> all = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips"),
                THERAPIST_REGION)).get("items");
        assertThat(all).extracting(p -> p.get("id")).contains(late, onTime);
        // followed up, a plan's passed review is no longer overdue
        call(HttpRequest.POST("/api/followup/sips/" + late, Map.of("status", "FOLLOWED_UP", "adherence", "LARGELY")), THERAPIST_REGION);
        assertThat((List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips?overdue=true"), THERAPIST_REGION))
                .get("items")).extracting(p -> p.get("id")).doesNotContain(late);

        String list = page("/followup/sips", THERAPIST_REGION);
        assertThat(list).contains("Samordnade individuella planer", "/followup/sips/" + onTime, "Kalla till en ny SIP",
                "<label for=\"clientId\"");
        String created = form("/followup/sips", "clientId=" + client + "&reviewOn=" + LocalDate.now().minusDays(1), THERAPIST_REGION);
        assertThat(created).contains("SIP för klient " + client.toString().substring(0, 8), "Uppföljningen är försenad",
                "Påkallad", "Lägg först till deltagare");
        String bad = form("/followup/sips", "clientId=nonsense&reviewOn=2026-01-01", THERAPIST_REGION);
        assertThat(bad).contains("Planen sparades inte", "clientId");

        String plan = "/followup/sips/" + onTime;
        assertThat(form(plan + "/participants", "name=Rut+Region&function=Kurator&party=REGION", THERAPIST_REGION))
                .contains("Ändringen är sparad.", "Rut Region", "Kurator");
        assertThat(form(plan + "/participants", "name=Kim&function=Handl%C3%A4ggare&party=KOMMUN", THERAPIST_REGION))
                .as("no consent for the Kommun here").contains("Planen sparades inte", "consent");
        assertThat(form(plan + "/goals", "text=Arbetstr%C3%A4ning", THERAPIST_REGION)).contains("Arbetsträning");
        Map<String, Object> detail = body(call(HttpRequest.GET("/api/followup/sips/" + onTime), THERAPIST_REGION));
        String rut = ((List<Map<String, Object>>) detail.get("participants")).get(0).get("id").toString();
        String withTask = form(plan + "/tasks", "what=Boka+praktik&participantId=" + rut + "&goalId=&dueOn=", THERAPIST_REGION);
        assertThat(withTask).contains("Boka praktik", "Markera som klar");
        String taskId = ((List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips/" + onTime), THERAPIST_REGION))
                .get("tasks")).get(0).get("id").toString();
        assertThat(form(plan + "/tasks/" + taskId, "done=true", THERAPIST_REGION)).contains("Öppna igen");
        assertThat(form(plan, "status=HELD&adherence=PARTLY&reviewOn=" + LocalDate.now().plusDays(60), THERAPIST_REGION))
                .contains("Möte hållet", "Delvis");
    }

    private void grant(UUID client, String recipient, String category) {
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of(recipient), List.of(category),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
    }

    private String page(String path, String token) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), String.class);
        assertThat(r.code()).isEqualTo(200);
        return r.body();
    }

    /** Posts a form as the browser does and answers the page it ends on (after the redirect, if any). */
    private String form(String path, String form, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bearerAuth(token), String.class).body();
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " answered " + e.getStatus() + ": " + e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
