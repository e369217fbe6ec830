package se.huset.intake.contact;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage board as a worklist through the API: take, assign to a colleague of the same body, release, close
 * without triage with a reason. Only the owning body works a contact: the other body's staff, a service token and
 * aggregate roles are refused and nothing changes; every change and every refusal is in the audit log.
 */
@MicronautTest(transactional = false)
class WorklistTest extends IntakeTestSupport {

    @BeforeAll
    void colleaguesOpenTheBoard() {
        // intake learns who works for which body when they first open the board
        for (String token : List.of(THERAPIST_REGION, RECEPTION_KOMMUN, RECEPTION_REGION)) {
            call(HttpRequest.GET("/intake/triage").accept(MediaType.TEXT_HTML_TYPE), token);
        }
    }

    @Test
    void aContactIsTakenGivenToAColleagueReleasedAndClosedWithAReason() throws Exception {
        String id = (String) registerPerson(RECEPTION_REGION, personnummer("19710101", "512"), "Work Person").get("id");

        Map<String, Object> taken = ok(post(id, "take", Map.of(), RECEPTION_REGION));
        assertThat(taken).containsEntry("assignedTo", "reception.region").containsEntry("status", "NEW");

        Map<String, Object> given = ok(post(id, "assign", Map.of("assignee", "therapist.region"), RECEPTION_REGION));
        assertThat(given).containsEntry("assignedTo", "therapist.region");

        HttpResponse<Map<String, Object>> otherBody = post(id, "assign", Map.of("assignee", "reception.kommun"), RECEPTION_REGION);
        assertThat(otherBody.code()).as("a colleague of the other body").isEqualTo(400);
        assertThat(body(otherBody).toString()).contains("field=assignee");
        assertThat(post(id, "assign", Map.of("assignee", "nobody.at.all"), RECEPTION_REGION).code()).isEqualTo(400);
        assertThat(post(id, "assign", Map.of("assignee", ""), RECEPTION_REGION).code()).isEqualTo(400);

        Map<String, Object> released = ok(post(id, "release", Map.of(), THERAPIST_REGION));
        assertThat(released.get("assignedTo")).isNull();

        HttpResponse<Map<String, Object>> badReason = post(id, "close", Map.of("reason", "BORED"), RECEPTION_REGION);
        assertThat(badReason.code()).isEqualTo(400);
        assertThat(body(badReason).toString()).contains("field=reason");

        Map<String, Object> closed = ok(post(id, "close", Map.of("reason", "DUPLICATE", "note", "Samma samtal som i morse"),
                RECEPTION_REGION));
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(closed.get("closure").toString()).contains("reason=DUPLICATE").contains("closedBy=reception.region")
                .contains("Samma samtal som i morse");

        assertThat(post(id, "take", Map.of(), RECEPTION_REGION).code()).as("no longer waiting").isEqualTo(409);
        assertThat(post(id, "close", Map.of("reason", "NO_CONTACT"), RECEPTION_REGION).code()).isEqualTo(409);
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + id + "/triage",
                Map.of("urgency", "SOON", "pathway", "ADVICE_ONLY")), RECEPTION_REGION).code()).isEqualTo(409);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> waiting = (List<Map<String, Object>>) body(call(HttpRequest.GET(
                "/api/intake/contacts?status=NEW&limit=200"), RECEPTION_REGION)).get("items");
        assertThat(waiting).extracting(c -> c.get("id")).doesNotContain(id);

        assertThat(actions(id)).containsExactly("ALLOWED TAKE:reception.region", "ALLOWED ASSIGN:therapist.region",
                "ALLOWED RELEASE", "ALLOWED CLOSE:DUPLICATE");
    }

    @Test
    void onlyTheOwningBodyWorksAContactAndARefusalChangesNothing() throws Exception {
        String id = (String) registerPerson(RECEPTION_REGION, personnummer("19720202", "522"), "Owned Person").get("id");
        ok(post(id, "take", Map.of(), RECEPTION_REGION));
        String before = row(id);

        List<String> attackers = List.of(RECEPTION_KOMMUN, THERAPIST_KOMMUN, TestTokens.service(), STEERING);
        for (String token : attackers) {
            assertThat(post(id, "take", Map.of(), token).code()).isEqualTo(403);
            assertThat(post(id, "assign", Map.of("assignee", "reception.kommun"), token).code()).isEqualTo(403);
            assertThat(post(id, "release", Map.of(), token).code()).isEqualTo(403);
            assertThat(post(id, "close", Map.of("reason", "WRONG_NUMBER"), token).code()).isEqualTo(403);
        }
        assertThat(row(id)).as("nothing changed").isEqualTo(before);
        assertThat(actions(id)).filteredOn(a -> a.startsWith("DENIED")).hasSize(8)
                .as("the other body's attempts are logged").allMatch(a -> !a.contains("ALLOWED"));

        // an anonymous contact of the Region is visible to the Kommun, but is still not theirs to work
        String anonymous = (String) body(call(HttpRequest.POST("/api/intake/contacts", Map.of("channel", "PHONE",
                "kind", "ADVICE", "referrer", "SELF", "substances", List.of(), "person", Map.of("anonymous", true))),
                RECEPTION_REGION)).get("id");
        assertThat(post(anonymous, "close", Map.of("reason", "WRONG_NUMBER"), RECEPTION_KOMMUN).code()).isEqualTo(403);
        assertThat(row(anonymous)).contains("status=NEW");
    }

    private HttpResponse<Map<String, Object>> post(String id, String action, Map<String, ?> body, String token) {
        return call(HttpRequest.POST("/api/intake/contacts/" + id + "/" + action, body), token);
    }

    private Map<String, Object> ok(HttpResponse<Map<String, Object>> r) {
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(200);
        return body(r);
    }

    private String row(String id) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select status, assigned_to, assigned_at, closed_reason, closed_at from contact where id = ?::uuid")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return "status=" + rs.getString(1) + " assigned=" + rs.getString(2) + "@" + rs.getString(3)
                        + " closed=" + rs.getString(4) + "@" + rs.getString(5);
            }
        }
    }

    /** The worklist's audit rows for the contact, oldest first, as "OUTCOME ACTION". */
    private List<String> actions(String id) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement("""
                select outcome || ' ' || action from kit_audit where resource = ? and action not in ('CREATE', 'READ', 'LIST')
                order by id""")) {
            ps.setString(1, "contact/" + id);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
