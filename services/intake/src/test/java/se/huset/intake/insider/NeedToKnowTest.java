package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.intake.contact.Colleagues;
import se.huset.kit.security.Staff;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know inside a body (inre sekretess, PDL 4 kap 1 §). The insider is a Region therapist of another unit
 * (psychiatry) who has nothing to do with a client who came in at Beroendeenheten: same body, no care relationship.
 */
@MicronautTest(transactional = false)
class NeedToKnowTest extends InsiderSupport {

    private static final String PSYCHIATRY = TestTokens.ofUnit("psyk.terapeut", Org.REGION, "Psykiatrin", "THERAPIST");
    private static final String RECEPTION_ELSEWHERE = TestTokens.ofUnit("reception.psyk", Org.REGION, "Psykiatrin",
            "RECEPTION");

    @Inject
    Colleagues colleagues;

    @Override
    protected String databaseName() {
        return "intake_insider_need_to_know";
    }

    @Test
    void aColleagueWithoutACareRelationshipIsRefusedUntilTheCareTeamTakesThemIn() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19750312", "441"), "Behov Vetande");
        String contactPath = "/api/intake/contacts/" + contact.get("id");
        String team = "/api/intake/clients/" + contact.get("clientId") + "/care-team";

        assertThat(call(HttpRequest.GET(contactPath), THERAPIST_REGION).code())
                .as("the unit that took the contact works with the client").isEqualTo(200);
        assertThat(call(HttpRequest.GET(contactPath), RECEPTION_REGION).code())
                .as("reception reads the contacts in its queue").isEqualTo(200);

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET(contactPath), PSYCHIATRY);
        assertProblem(refused, 403);
        assertThat(body(refused)).containsEntry("type", ProblemTypes.NEED_TO_KNOW);
        assertThat(count("""
                select count(*) from kit_audit where username = 'psyk.terapeut' and resource = ?
                and outcome = 'DENIED' and basis = 'NEED_TO_KNOW'""", "contact/" + contact.get("id"))).isEqualTo(1);
        assertThat(call(HttpRequest.GET("/api/intake/clients/" + contact.get("clientId")), PSYCHIATRY).code())
                .as("who the person is stays open to the body's staff").isEqualTo(200);

        assertProblem(call(HttpRequest.GET(team), PSYCHIATRY), 403);
        assertProblem(call(HttpRequest.GET(team), RECEPTION_KOMMUN), 403);
        assertThat(call(HttpRequest.GET(team), RECEPTION_ELSEWHERE).code())
                .as("the body's one reception routes the clients it took in").isEqualTo(200);
        HttpResponse<Map<String, Object>> selfAdd = call(HttpRequest.POST(team,
                Map.of("party", "user:psyk.terapeut", "basis", "TREATMENT")), PSYCHIATRY);
        assertProblem(selfAdd, 403);
        assertThat(count("select count(*) from kit_care_relationship where party like '%psyk%' and client_id = ?::uuid",
                contact.get("clientId"))).isZero();
        assertProblem(call(HttpRequest.POST(team, Map.of("party", "unit:Psykiatrin", "basis", "SOMETIMES")),
                THERAPIST_REGION), 400);

        HttpResponse<Map<String, Object>> added = call(HttpRequest.POST(team,
                Map.of("party", "unit:Psykiatrin", "basis", "TREATMENT")), THERAPIST_REGION);
        assertThat(added.code()).isEqualTo(201);
        assertThat(call(HttpRequest.GET(contactPath), PSYCHIATRY).code()).as("now on the treatment team").isEqualTo(200);
        assertThat(count("select count(*) from kit_outbox where type = 'CareRelationshipChanged' and payload->>'party' = ?",
                "unit:Psykiatrin")).as("published for every service").isEqualTo(1);
        assertThat(list(team, RECEPTION_REGION)).extracting(r -> r.get("party"))
                .contains("unit:Beroendeenheten", "unit:Psykiatrin");

        HttpResponse<Map<String, Object>> ended = call(HttpRequest.DELETE(team + "?party=unit:Psykiatrin&ref=team:TREATMENT"),
                THERAPIST_REGION);
        assertThat(ended.code()).isEqualTo(204);
        assertProblem(call(HttpRequest.GET(contactPath), PSYCHIATRY), 403);
    }

    @Test
    void theCoordinatorDecidesWhoLeavesTheCareTeamAndContactRelationshipsEndOnlyWithTheContact() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19680704", "552"), "Lämna Teamet");
        String team = "/api/intake/clients/" + contact.get("clientId") + "/care-team";
        String colleague = TestTokens.ofUnit("kollega", Org.REGION, "Psykiatrin", "THERAPIST");
        for (String username : List.of("kollega", "psyk.terapeut")) {
            colleagues.seen(new Staff(username, Set.of("THERAPIST"), Org.REGION, "Psykiatrin"), Instant.now());
        }
        assertThat(call(HttpRequest.POST(team, Map.of("party", "user:psyk.terapeut", "basis", "COORDINATOR")),
                THERAPIST_REGION).code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST(team, Map.of("party", "user:kollega", "basis", "TREATMENT")),
                THERAPIST_REGION).code()).isEqualTo(201);

        HttpResponse<Map<String, Object>> ousted = call(HttpRequest.DELETE(team + "?party=user:psyk.terapeut&ref=team:COORDINATOR"),
                colleague);
        assertProblem(ousted, 403);
        assertThat(count("""
                select count(*) from kit_audit where username = 'kollega' and outcome = 'DENIED'
                and basis = 'NOT_COORDINATOR'""")).isEqualTo(1);
        assertProblem(call(HttpRequest.DELETE(team + "?party=unit:Beroendeenheten&ref=contact:" + contact.get("id")),
                PSYCHIATRY), 409);
        assertThat(list(team, PSYCHIATRY)).extracting(r -> r.get("party"))
                .contains("user:psyk.terapeut", "user:kollega", "unit:Beroendeenheten");

        assertThat(call(HttpRequest.DELETE(team + "?party=user:kollega&ref=team:TREATMENT"), colleague).code())
                .as("one leaves the team oneself").isEqualTo(204);
        assertThat(call(HttpRequest.DELETE(team + "?party=user:psyk.terapeut&ref=team:COORDINATOR"), PSYCHIATRY)
                .code()).isEqualTo(204);
    }
}
