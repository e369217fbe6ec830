package se.huset.programs.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestTokens;
import se.huset.programs.ProgramsTestSupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider who writes to get in: a Region therapist of another unit enrols a client of the addiction unit, which
 * would have made them someone who works with the client. The write needs the access a read needs.
 */
@MicronautTest(transactional = false)
class WriteNeedsNeedToKnowTest extends ProgramsTestSupport {

    @Inject
    ConsentStore consents;

    private static final String PSYCHIATRY = TestTokens.ofUnit("psyk.terapeut", Org.REGION, "Psykiatrin", "THERAPIST");

    @Test
    void aColleagueWithoutACareRelationshipCannotWriteTheirWayIn() throws Exception {
        UUID client = UUID.randomUUID();
        facts.apply(new ClientRegistered(client, "REGION", LocalDate.now().minusYears(40), "M"));
        careRelationships.start(client, CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", Instant.now());

        HttpResponse<Map<String, Object>> refused = enroll(PSYCHIATRY, client, "CRA", null);
        assertThat(refused.code()).isEqualTo(403);
        assertThat(body(refused)).containsEntry("type", ProblemTypes.NEED_TO_KNOW);
        assertThat(count("select count(*) from enrollment where client_id = ?", client)).as("nothing written").isZero();
        assertThat(count("select count(*) from kit_audit where client_id = ? and username = 'psyk.terapeut'"
                + " and outcome = 'DENIED' and basis = 'NEED_TO_KNOW'", client)).isEqualTo(1);
        assertThat(count("select count(*) from kit_care_relationship where client_id = ? and party like '%psyk%'",
                client)).as("no relationship from a refused write").isZero();

        // the addiction unit's therapist enrols; the enrolment does not open the client to the colleague either
        String id = (String) body(enroll(THERAPIST_REGION, client, "CRA", null)).get("id");
        assertThat(call(HttpRequest.GET("/api/programs/enrollments/" + id), PSYCHIATRY).code()).isEqualTo(403);
        assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + id + "/start", Map.of()), PSYCHIATRY).code())
                .isEqualTo(403);
        assertThat(count("select count(*) from enrollment where id = ?::uuid and status = 'REFERRED'", id))
                .as("the refused step changed nothing").isEqualTo(1);

        careRelationships.start(client, CareRelationships.userParty("psyk.terapeut"), "TREATMENT", "team",
                "REGION", Instant.now());
        assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + id + "/start", Map.of()), PSYCHIATRY).code())
                .as("on the care team, the colleague works with the client").isEqualTo(200);
    }

    /** The enrolment's therapists are its group's facilitators: a Kommun co-facilitator reads it under consent. */
    @Test
    void theGroupsFacilitatorsWorkWithTheClientsTheyEnrol() {
        UUID client = UUID.randomUUID();
        facts.apply(new ClientRegistered(client, "REGION", LocalDate.now().minusYears(35), "F"));
        careRelationships.start(client, CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", Instant.now());
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("KOMMUN"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        String coFacilitator = TestTokens.ofUnit("kofac.kommun", Org.KOMMUN, "Nexus", "THERAPIST");
        String kommunColleague = TestTokens.ofUnit("annan.kommun", Org.KOMMUN, "Nexus", "THERAPIST");
        UUID group = group(THERAPIST_REGION, "AP", "Samledd ÅP", List.of(Map.of("username", "therapist.region",
                "org", "REGION"), Map.of("username", "kofac.kommun", "org", "KOMMUN")), 1);
        String id = (String) body(enroll(THERAPIST_REGION, client, "AP", group)).get("id");
        assertThat(call(HttpRequest.GET("/api/programs/enrollments/" + id), coFacilitator).code()).isEqualTo(200);
        HttpResponse<Map<String, Object>> colleague = call(HttpRequest.GET("/api/programs/enrollments/" + id),
                kommunColleague);
        assertThat(colleague.code()).as("consent, but no part in the client's care").isEqualTo(403);
        assertThat(body(colleague)).containsEntry("type", ProblemTypes.NEED_TO_KNOW);
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
