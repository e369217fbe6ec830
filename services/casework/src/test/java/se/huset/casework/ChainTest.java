package se.huset.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The social services' chain through casework's API: aktualisering, förhandsbedömning, utredning, beslut, verkställighet. */
@MicronautTest(transactional = false)
class ChainTest extends CaseworkTestSupport {

    @Test
    void aLobNoticeBecomesOneActualisationEvenWhenTheFeedRepeatsIt() {
        UUID client = UUID.randomUUID();
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        UUID contact = UUID.randomUUID();
        intakeContacts.handle(registered(contact, "LOB", Org.REGION, client, at));
        intakeContacts.handle(registered(contact, "LOB", Org.REGION, client, at));

        Map<String, Object> matter = actualisationOf(contact);
        assertThat(matter).containsEntry("source", "LOB").containsEntry("clientId", client.toString())
                .containsEntry("reporter", "POLICE");
        assertThat(items(get("/api/casework/actualisations?limit=200", SOCIAL_KOMMUN)))
                .filteredOn(a -> contact.toString().equals(a.get("contactId"))).hasSize(1);
    }

    @Test
    void aRegionContactThatIsNoReportIsNoMatterOfTheKommun() {
        UUID contact = contact("SELF_APPLICATION", Org.REGION, UUID.randomUUID(), Instant.now());
        assertThat(items(get("/api/casework/actualisations?limit=200", SOCIAL_KOMMUN)))
                .noneMatch(a -> contact.toString().equals(a.get("contactId")));
    }

    @Test
    void theQueueIsTheKommunsSocialWorkersAndNoOneElses() {
        UUID contact = contact("REPORT", Org.KOMMUN, UUID.randomUUID(), Instant.now());
        String id = (String) actualisationOf(contact).get("id");
        Map<String, Object> region = get("/api/casework/actualisations?limit=200", SOCIAL_REGION);
        assertThat(items(region)).noneMatch(a -> contact.toString().equals(a.get("contactId")));
        assertThat((Integer) region.get("withheld")).isPositive();
        assertThat(call(HttpRequest.GET("/api/casework/actualisations/" + id), SOCIAL_REGION).code()).isEqualTo(403);
        String therapist = TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST");
        assertThat(call(HttpRequest.GET("/api/casework/actualisations/" + id), therapist).code()).isEqualTo(403);
        assertThat(call(HttpRequest.POST("/api/casework/actualisations/" + id + "/assessment",
                Map.of("open", true, "law", "SOL")), SOCIAL_REGION).code()).isEqualTo(403);
    }

    @Test
    void aMatterNotOpenedNeedsItsReasonAndIsAssessedOnce() {
        String id = (String) actualisationOf(contact("REFERRAL",
                Org.KOMMUN, UUID.randomUUID(), Instant.now())).get("id");
        Map<String, Object> missing = ok(call(HttpRequest.POST("/api/casework/actualisations/" + id + "/assessment",
                Map.of("open", false)), SOCIAL_KOMMUN), 400);
        assertThat(missing.toString()).contains("reason");
        Map<String, Object> assessed = ok(call(HttpRequest.POST("/api/casework/actualisations/" + id + "/assessment",
                Map.of("open", false, "reason", "  Behovet tillgodoses av Region: pågående öppenvård.  ")), SOCIAL_KOMMUN), 200);
        @SuppressWarnings("unchecked")
        Map<String, Object> matter = (Map<String, Object>) assessed.get("actualisation");
        assertThat(matter).containsEntry("opened", false)
                .containsEntry("reason", "Behovet tillgodoses av Region: pågående öppenvård.")
                .containsEntry("assessedBy", "socialworker.kommun");
        assertThat(call(HttpRequest.POST("/api/casework/actualisations/" + id + "/assessment",
                Map.of("open", true, "law", "SOL")), SOCIAL_KOMMUN).code()).isEqualTo(409);
        assertThat(items(get("/api/casework/actualisations?limit=200", SOCIAL_KOMMUN)))
                .noneMatch(a -> id.equals(a.get("id")));
    }

    @Test
    void anLvmInvestigationIsItsHandlersAndIsFlaggedWhenItDoesNotMove() throws Exception {
        UUID client = UUID.randomUUID();
        String matter = (String) actualisationOf(contact("REPORT", Org.REGION, client, Instant.now())).get("id");
        Map<String, Object> assessed = ok(call(HttpRequest.POST("/api/casework/actualisations/" + matter + "/assessment",
                Map.of("open", true, "law", "LVM")), SOCIAL_KOMMUN), 200);
        @SuppressWarnings("unchecked")
        String investigation = (String) ((Map<String, Object>) assessed.get("investigation")).get("id");

        Map<String, Object> mine = get("/api/casework/investigations/" + investigation, SOCIAL_KOMMUN);
        assertThat(mine).containsEntry("slow", false);
        assertThat(call(HttpRequest.GET("/api/casework/investigations/" + investigation), SOCIAL_KOMMUN_2).code())
                .as("a colleague of another team who does not work with the client").isEqualTo(403);

        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("update investigation set opened_on = current_date - 31 where id = '" + investigation + "'");
        }
        Map<String, Object> slow = get("/api/casework/investigations/" + investigation, SOCIAL_KOMMUN);
        assertThat(slow).containsEntry("slow", true).containsEntry("days", 31);
        assertThat(items(get("/api/casework/investigations?handler=me&law=LVM&limit=200", SOCIAL_KOMMUN)))
                .anyMatch(v -> v.toString().contains(investigation));

        LocalDate today = LocalDate.now();
        assertThat(call(HttpRequest.POST("/api/casework/investigations/" + investigation + "/close",
                Map.of("outcome", "LVM_APPLICATION", "closedOn", today.minusDays(40).toString())), SOCIAL_KOMMUN).code())
                .as("closed before it opened").isEqualTo(400);
        Map<String, Object> closed = ok(call(HttpRequest.POST("/api/casework/investigations/" + investigation + "/close",
                Map.of("outcome", "LVM_APPLICATION")), SOCIAL_KOMMUN), 200);
        assertThat(closed).containsEntry("slow", false).containsEntry("days", 31);
        assertThat(call(HttpRequest.POST("/api/casework/investigations/" + investigation + "/close",
                Map.of("outcome", "NO_MEASURE")), SOCIAL_KOMMUN).code()).isEqualTo(409);
    }

    @Test
    void aGrantedDecisionNotEnforcedInThreeMonthsIsOnTheListForIvoUntilTheInterventionStarts() throws Exception {
        UUID client = UUID.randomUUID();
        String matter = (String) actualisationOf(contact("SELF_APPLICATION", Org.KOMMUN, client, Instant.now())).get("id");
        @SuppressWarnings("unchecked")
        String investigation = (String) ((Map<String, Object>) ok(call(HttpRequest.POST(
                "/api/casework/actualisations/" + matter + "/assessment", Map.of("open", true, "law", "SOL")),
                SOCIAL_KOMMUN), 200).get("investigation")).get("id");
        LocalDate today = LocalDate.now();
        Map<String, Object> request = new HashMap<>(Map.of("clientId", client.toString(), "investigationId", investigation,
                "intervention", "HVB", "granted", true, "legalBasis", "SOL", "decidedOn", today.toString(),
                "validFrom", today.toString(), "validTo", today.plusMonths(6).toString()));

        assertThat(call(HttpRequest.POST("/api/casework/decisions", request), SOCIAL_KOMMUN_2).code())
                .as("a social worker who does not work with the client decides nothing for them").isEqualTo(403);
        Map<String, Object> lvmOnSol = new HashMap<>(request);
        lvmOnSol.put("intervention", "LVM_CARE");
        assertThat(ok(call(HttpRequest.POST("/api/casework/decisions", lvmOnSol), SOCIAL_KOMMUN), 400).toString())
                .contains("legalBasis");
        Map<String, Object> noStart = new HashMap<>(request);
        noStart.remove("validFrom");
        assertThat(ok(call(HttpRequest.POST("/api/casework/decisions", noStart), SOCIAL_KOMMUN), 400).toString())
                .contains("validFrom");

        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) ok(call(HttpRequest.POST("/api/casework/decisions", request),
                SOCIAL_KOMMUN), 201).get("decision");
        String id = (String) decision.get("id");
        assertThat(decision).containsEntry("decidedBy", "socialworker.kommun").containsEntry("granted", true);
        assertThat(items(get("/api/casework/decisions/to-enforce?reportable=true&limit=200", SOCIAL_KOMMUN)))
                .noneMatch(v -> v.toString().contains(id));

        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("update decision set decided_on = current_date - interval '4 months' where id = '" + id + "'");
        }
        List<Map<String, Object>> reportable = items(get("/api/casework/decisions/to-enforce?reportable=true&limit=200",
                SOCIAL_KOMMUN));
        assertThat(reportable).filteredOn(v -> v.toString().contains(id)).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("reportable", true)
                        .containsEntry("enforceBy", today.minusMonths(4).plusMonths(3).toString()));
        Map<String, Object> region = get("/api/casework/decisions/to-enforce?reportable=true&limit=200", SOCIAL_REGION);
        assertThat(items(region)).noneMatch(v -> v.toString().contains(id));

        assertThat(call(HttpRequest.POST("/api/casework/decisions/" + id + "/enforcement",
                Map.of("on", today.plusDays(1).toString())), SOCIAL_KOMMUN).code()).isEqualTo(400);
        Map<String, Object> enforced = ok(call(HttpRequest.POST("/api/casework/decisions/" + id + "/enforcement",
                Map.of()), SOCIAL_KOMMUN), 200);
        assertThat(enforced).containsEntry("reportable", false);
        assertThat(call(HttpRequest.POST("/api/casework/decisions/" + id + "/enforcement", Map.of()), SOCIAL_KOMMUN)
                .code()).isEqualTo(409);
        assertThat(items(get("/api/casework/decisions/to-enforce?limit=200", SOCIAL_KOMMUN)))
                .noneMatch(v -> v.toString().contains(id));
        assertThat(ok(call(HttpRequest.POST("/api/casework/decisions/" + id + "/appeal", Map.of()), SOCIAL_KOMMUN), 200)
                .toString()).contains("appealedOn=" + today);
    }

    @Test
    void aRefusedDecisionIsNeverEnforced() {
        UUID client = UUID.randomUUID();
        String matter = (String) actualisationOf(contact("SELF_APPLICATION", Org.KOMMUN, client, Instant.now())).get("id");
        ok(call(HttpRequest.POST("/api/casework/actualisations/" + matter + "/assessment",
                Map.of("open", true, "law", "SOL")), SOCIAL_KOMMUN), 200);
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) ok(call(HttpRequest.POST("/api/casework/decisions", Map.of(
                "clientId", client.toString(), "intervention", "CONTACT_PERSON", "granted", false, "legalBasis", "SOL",
                "decidedOn", LocalDate.now().toString())), SOCIAL_KOMMUN), 201).get("decision")).get("id");
        assertThat(call(HttpRequest.POST("/api/casework/decisions/" + id + "/enforcement", Map.of()), SOCIAL_KOMMUN)
                .code()).isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientsChainIsWholeToItsHandlerInTheTimelineAndWithheldAndNamedForEveryoneElse() {
        UUID client = UUID.randomUUID();
        String matter = (String) actualisationOf(contact("REPORT", Org.KOMMUN, client, Instant.now())).get("id");
        ok(call(HttpRequest.POST("/api/casework/actualisations/" + matter + "/assessment",
                Map.of("open", true, "law", "SOL")), SOCIAL_KOMMUN), 200);
        ok(call(HttpRequest.POST("/api/casework/decisions", Map.of("clientId", client.toString(),
                "intervention", "HOUSING_SUPPORT", "granted", true, "legalBasis", "SOL",
                "decidedOn", LocalDate.now().toString(), "validFrom", LocalDate.now().toString())), SOCIAL_KOMMUN), 201);
        String timeline = "/api/casework/clients/" + client + "/timeline";

        Map<String, Object> handler = get(timeline, SOCIAL_KOMMUN);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) handler.get("entries");
        assertThat(steps).extracting(e -> e.get("kind")).as("newest first; the day's two by id")
                .containsExactly("ACTUALISATION", "INVESTIGATION", "DECISION");
        assertThat(steps).extracting(e -> e.get("status")).containsExactly("OPENED", "OPEN", "GRANTED");
        assertThat(steps).extracting(e -> e.get("label")).containsExactly("REPORT", "SOL", "HOUSING_SUPPORT");
        assertThat(steps.get(1)).containsEntry("value", 0).containsEntry("wholeDay", true);
        assertThat(steps).allSatisfy(e -> assertThat(e).containsEntry("body", "KOMMUN"));
        assertThat((List<Object>) handler.get("withheld")).isEmpty();
        assertThat(handler).containsEntry("more", false);

        Map<String, Object> first = get(timeline + "?limit=1", SOCIAL_KOMMUN);
        assertThat((List<Object>) first.get("entries")).hasSize(1);
        assertThat(first).containsEntry("more", true);
        String cursor = se.huset.kit.timeline.TimelineQuery.cursorAfter(
                new se.huset.contracts.timeline.TimelineEntry((String) steps.get(0).get("id"),
                        Instant.parse((String) steps.get(0).get("at")), false,
                        se.huset.contracts.timeline.TimelineKind.ACTUALISATION, Org.KOMMUN, null, null, null, null, null));
        Map<String, Object> rest = get(timeline + "?before=" + cursor, SOCIAL_KOMMUN);
        assertThat((List<Map<String, Object>>) rest.get("entries")).extracting(e -> e.get("kind"))
                .containsExactly("INVESTIGATION", "DECISION");
        assertThat((List<Map<String, Object>>) get(timeline + "?kind=decision", SOCIAL_KOMMUN).get("entries"))
                .extracting(e -> e.get("kind")).containsExactly("DECISION");
        assertThat(ok(call(HttpRequest.GET(timeline + "?kind=GOSSIP"), SOCIAL_KOMMUN), 400).toString()).contains("kind");
        assertThat(ok(call(HttpRequest.GET(timeline + "?before=x"), SOCIAL_KOMMUN), 400).toString()).contains("before");

        Map<String, Object> colleague = get(timeline, SOCIAL_KOMMUN_2);
        assertThat((List<Map<String, Object>>) colleague.get("entries")).as("the queue is every Kommun social worker's")
                .extracting(e -> e.get("kind")).containsExactly("ACTUALISATION");
        assertThat((List<Object>) colleague.get("withheld")).containsExactly(
                Map.of("body", "KOMMUN", "category", "SOCIAL", "reason", "NEED_TO_KNOW", "count", 2));

        Map<String, Object> region = get(timeline, TestTokens.token("therapist.region", Org.REGION, "THERAPIST"));
        assertThat((List<Object>) region.get("entries")).isEmpty();
        assertThat((List<Object>) region.get("withheld")).containsExactly(
                Map.of("body", "KOMMUN", "category", "SOCIAL", "reason", "CONSENT_REQUIRED", "count", 3));
        assertThat(call(HttpRequest.GET(timeline), TestTokens.service()).code()).isEqualTo(403);
        assertThat(auditRows(client, "TIMELINE")).as("every step shown or withheld is logged").isGreaterThanOrEqualTo(9);
    }

    private long auditRows(UUID client, String action) {
        try (Connection c = database().connect(); var ps = c.prepareStatement(
                "select count(*) from kit_audit where client_id = ? and action = ?")) {
            ps.setObject(1, client);
            ps.setString(2, action);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
