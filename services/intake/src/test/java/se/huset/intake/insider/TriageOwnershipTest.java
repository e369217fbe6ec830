package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.TestCareTeams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Triage is a write: a consent lets the other body read a contact, never triage it. The insider is a Kommun
 * therapist with a consent covering the Region's CARE data and the client's identity.
 */
@MicronautTest(transactional = false)
class TriageOwnershipTest extends InsiderSupport {

    @Inject
    CareRelationships careRelationships;

    @Override
    protected String databaseName() {
        return "intake_insider_triage";
    }

    private static final Map<String, Object> TRIAGE = Map.of("urgency", "SOON", "pathway", "BEROENDEENHETEN_OUTPATIENT");

    @Test
    void theOtherBodyMayReadUnderConsentButNotTriage() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19720214", "331"), "Triage Ägd");
        Object contactId = contact.get("id");
        granted(RECEPTION_REGION, contact.get("clientId"), List.of("KOMMUN"), List.of("IDENTITY", "CARE"));
        assertThat(call(HttpRequest.GET("/api/intake/contacts/" + contactId), THERAPIST_KOMMUN).code())
                .as("inside the Kommun, need-to-know holds").isEqualTo(403);
        TestCareTeams.inBothBodies(careRelationships, UUID.fromString((String) contact.get("clientId")));
        assertThat(call(HttpRequest.GET("/api/intake/contacts/" + contactId), THERAPIST_KOMMUN).code())
                .as("the consent lets the Kommun's care team read the contact").isEqualTo(200);

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.POST("/api/intake/contacts/" + contactId + "/triage",
                TRIAGE), THERAPIST_KOMMUN);
        assertProblem(refused, 403);
        assertThat(count("select count(*) from contact where id = ?::uuid and status = 'NEW' and triaged_by is null",
                contactId)).as("nothing triaged").isEqualTo(1);
        assertThat(count("select count(*) from kit_outbox where type = 'ContactTriaged' and aggregate_id = ?",
                contactId.toString())).as("no event").isZero();
        assertThat(count("""
                select count(*) from kit_audit where username = 'therapist.kommun' and action = 'TRIAGE'
                and resource = ? and outcome = 'DENIED'""", "contact/" + contactId)).isEqualTo(1);

        HttpResponse<Map<String, Object>> owner = call(HttpRequest.POST("/api/intake/contacts/" + contactId + "/triage",
                TRIAGE), THERAPIST_REGION);
        assertThat(owner.code()).isEqualTo(200);
        assertThat(body(owner)).containsEntry("status", "TRIAGED");
    }
}
