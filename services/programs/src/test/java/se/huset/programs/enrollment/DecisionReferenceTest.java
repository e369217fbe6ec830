package se.huset.programs.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;
import se.huset.programs.ProgramsTestSupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kommun enrolment names the social services' decision it carries out (casework's, from its feed); the reference
 * is checked, and every refusal says why on the field.
 */
@MicronautTest(transactional = false)
class DecisionReferenceTest extends ProgramsTestSupport {

    private static long seq = 1_000;

    @Inject
    CaseworkDecisions decisions;

    @Test
    void aKommunEnrolmentCarriesOutAGrantedDecisionInForceAboutItsClient() {
        UUID client = client(40);
        UUID granted = decision(client, true, LocalDate.now().minusDays(3), null);
        HttpResponse<Map<String, Object>> enrolled = enrollCarryingOut(THERAPIST_KOMMUN, client, granted);
        assertThat(enrolled.code()).as(enrolled.getBody(String.class).orElse("")).isEqualTo(201);
        String id = (String) body(enrolled).get("id");
        assertThat(body(call(HttpRequest.GET("/api/programs/enrollments/" + id), THERAPIST_KOMMUN)))
                .containsEntry("decisionId", granted.toString());
        // the feed repeats itself: the decision stays as it was first told
        decision(client, true, LocalDate.now().minusDays(3), null, granted);
    }

    @Test
    void aReferenceThatDoesNotHoldIsRefusedOnTheFieldWithItsReason() {
        UUID client = client(40);
        UUID other = client(41);
        Map<String, String> refused = new HashMap<>();
        refused.put("an unknown decision", reason(THERAPIST_KOMMUN, client, UUID.randomUUID()));
        refused.put("another client's", reason(THERAPIST_KOMMUN, client, decision(other, true, LocalDate.now(), null)));
        refused.put("a refusal", reason(THERAPIST_KOMMUN, client, decision(client, false, LocalDate.now(), null)));
        refused.put("an ended one", reason(THERAPIST_KOMMUN, client,
                decision(client, true, LocalDate.now().minusYears(1), LocalDate.now().minusDays(1))));
        refused.put("the Region's enrolment", reason(THERAPIST_REGION, client,
                decision(client, true, LocalDate.now(), null)));
        assertThat(refused).containsEntry("an unknown decision", "names no decision of social services known here"
                        + " (a decision just made arrives from casework within a minute)")
                .containsEntry("another client's", "is a decision about another client")
                .containsEntry("a refusal", "is a refusal: there is no intervention to carry out")
                .containsEntry("an ended one", "is not in force on " + LocalDate.now())
                .containsEntry("the Region's enrolment", "only the Kommun's enrolments carry out a social services'"
                        + " decision");
        HttpResponse<Map<String, Object>> malformed = enrollCarryingOut(THERAPIST_KOMMUN, client, "not-a-uuid");
        assertThat(malformed.code()).isEqualTo(400);
        assertThat(malformed.getBody(String.class).orElse("")).contains("decisionId");
        assertThat(enrollCarryingOut(THERAPIST_KOMMUN, client, null).code()).as("no decision: as before").isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGroupPageEnrolsAKommunParticipantOnTheDecisionAndItsStartIsAnnouncedWithIt() {
        UUID group = group(THERAPIST_KOMMUN, "CRA", "CRA-beslut", List.of(facilitator("therapist.kommun", Org.KOMMUN)), 2);
        String page = "/programs/groups/" + group;
        assertThat(page(page, THERAPIST_KOMMUN)).contains("name=\"decisionId\"");
        assertThat(page(page, THERAPIST_REGION)).as("the Region carries out no social services' decision")
                .doesNotContain("name=\"decisionId\"");
        UUID client = client(35);
        assertThat(form(page + "/enrollments", "clientId=" + client + "&decisionId=" + UUID.randomUUID()))
                .contains("group-error", "names no decision of social services known here");
        UUID granted = decision(client, true, LocalDate.now().minusDays(1), null);
        assertThat(form(page + "/enrollments", "clientId=" + client + "&decisionId=" + granted)).contains("alert-success");
        List<Map<String, Object>> enrolments = (List<Map<String, Object>>) body(call(
                HttpRequest.GET("/api/programs/clients/" + client + "/enrollments"), THERAPIST_KOMMUN)).get("items");
        assertThat(enrolments).singleElement().satisfies(e -> assertThat(e).containsEntry("status", "ACTIVE")
                .containsEntry("decisionId", granted.toString()));
        List<Map<String, Object>> events = (List<Map<String, Object>>) body(call(
                HttpRequest.GET("/api/programs/events?limit=1000"), TestTokens.service())).get("events");
        assertThat(events).filteredOn(e -> enrolments.get(0).get("id").equals(e.get("aggregateId")))
                .as("casework enforces the decision from this event").singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("payload"))
                        .containsEntry("decisionId", granted.toString()));
    }

    private String page(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), String.class);
    }

    private String form(String path, String body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).bearerAuth(THERAPIST_KOMMUN), String.class);
    }

    private String reason(String token, UUID client, UUID decision) {
        HttpResponse<Map<String, Object>> r = enrollCarryingOut(token, client, decision);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(400);
        @SuppressWarnings("unchecked")
        Map<String, Object> error = ((List<Map<String, Object>>) body(r).get("errors")).get(0);
        assertThat(error).containsEntry("field", "decisionId");
        return (String) error.get("message");
    }

    private HttpResponse<Map<String, Object>> enrollCarryingOut(String token, UUID client, Object decision) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", client.toString());
        body.put("programCode", "CRA");
        if (decision != null) {
            body.put("decisionId", decision.toString());
        }
        return call(HttpRequest.POST("/api/programs/enrollments", body), token);
    }

    private UUID decision(UUID client, boolean granted, LocalDate from, LocalDate to) {
        return decision(client, granted, from, to, UUID.randomUUID());
    }

    private UUID decision(UUID client, boolean granted, LocalDate from, LocalDate to, UUID id) {
        Map<String, Object> payload = new HashMap<>(Map.of("decisionId", id.toString(), "clientId", client.toString(),
                "intervention", "OUTPATIENT_TREATMENT", "granted", granted, "legalBasis", "SOL",
                "decidedOn", from.toString(), "validFrom", from.toString()));
        if (to != null) {
            payload.put("validTo", to.toString());
        }
        decisions.handle(new FeedEvent(++seq, EventTypes.DECISION_MADE, id.toString(), Instant.now(), payload));
        return id;
    }
}
