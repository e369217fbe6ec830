package se.huset.programs.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.TestTokens;
import se.huset.programs.ProgramsTestSupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider who writes to get in: a Region therapist of another unit enrols a client of the addiction unit, which
 * would have made them someone who works with the client. The write needs the access a read needs.
 */
@MicronautTest(transactional = false)
class WriteNeedsNeedToKnowTest extends ProgramsTestSupport {

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
