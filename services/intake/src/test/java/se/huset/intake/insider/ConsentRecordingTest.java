package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.kit.idempotency.Idempotency;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consent is given to the body that asks, by the body that holds the data. The insider is a Kommun therapist who
 * records a "consent" letting the Kommun see a Region client, and a recipient who revokes the discloser's consent.
 */
@MicronautTest(transactional = false)
class ConsentRecordingTest extends InsiderSupport {

    @Override
    protected String databaseName() {
        return "intake_insider_consent";
    }

    @Test
    void aRecipientCannotRecordAConsentForItselfAndNothingOfItIsStoredOrPublished() throws Exception {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19800808", "224"), "Region Klient")
                .get("clientId");

        HttpResponse<Map<String, Object>> selfServed = call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("KOMMUN"), "categories", List.of("CARE", "IDENTITY"),
                        "purpose", "CARE_COORDINATION", "form", "VERBAL"))
                .header(Idempotency.HEADER, "insider-1"), THERAPIST_KOMMUN);
        assertProblem(selfServed, 403);
        assertThat((String) body(selfServed).get("detail")).contains("KOMMUN").contains("holds the data");
        HttpResponse<Map<String, Object>> retried = call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("KOMMUN"), "categories", List.of("CARE", "IDENTITY"),
                        "purpose", "CARE_COORDINATION", "form", "VERBAL"))
                .header(Idempotency.HEADER, "insider-1"), THERAPIST_KOMMUN);
        assertProblem(retried, 403);
        assertProblem(grant(RECEPTION_REGION, clientId, List.of("REGION", "KOMMUN"), List.of("CARE")), 403);

        assertThat(count("select count(*) from consent where client_id = ?::uuid", clientId)).isZero();
        assertThat(count("select count(*) from kit_consent where client_id = ?::uuid", clientId))
                .as("the replica, and so every other service, never hears of it").isZero();
        assertThat(count("select count(*) from kit_outbox where type = 'ConsentGranted' and payload->>'clientId' = ?",
                clientId)).isZero();
        assertThat(count("""
                select count(*) from kit_audit where username = 'therapist.kommun' and client_id = ?::uuid
                and action = 'CREATE' and outcome = 'DENIED' and basis = 'NOT_DISCLOSING_BODY'""", clientId)).isEqualTo(2);
        assertThat(call(HttpRequest.GET("/api/intake/clients/" + clientId), THERAPIST_KOMMUN).code())
                .as("still no access").isEqualTo(403);
    }

    @Test
    void theDisclosingBodyRecordsItsOwnConsentAndTheOwningBodySeesWhoRecordedIt() throws Exception {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19810909", "335"), "Region Ägd")
                .get("clientId");
        // the Kommun holds its own data about the Region's client and releases it to the Region
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("REGION"), "categories", List.of("SOCIAL"),
                        "purpose", "CARE_COORDINATION", "form", "WRITTEN")), THERAPIST_KOMMUN);
        assertThat(r.code()).isEqualTo(201);
        assertThat(body(r)).containsEntry("grantedBy", "therapist.kommun").containsEntry("grantedOrg", "KOMMUN")
                .containsEntry("form", "WRITTEN").containsEntry("recipientOrgs", List.of("REGION"));

        List<Map<String, Object>> seen = list("/api/intake/clients/" + clientId + "/consents", RECEPTION_REGION);
        assertThat(seen).singleElement().satisfies(k -> assertThat(k)
                .containsEntry("grantedBy", "therapist.kommun").containsEntry("grantedOrg", "KOMMUN")
                .containsEntry("status", "ACTIVE"));
    }

    @Test
    void onlyTheDisclosingBodyRecordsTheEndOfItsConsentAndWhoAskedForIt() throws Exception {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19820303", "446"), "Återkallas Snart")
                .get("clientId");
        String consentId = (String) granted(RECEPTION_REGION, clientId, List.of("KOMMUN"), List.of("IDENTITY")).get("id");
        String revoke = "/api/intake/consents/" + consentId + "/revoke";

        HttpResponse<Map<String, Object>> byRecipient = call(HttpRequest.POST(revoke,
                Map.of("reason", "Klienten ringde", "requestedBy", "CLIENT")), RECEPTION_KOMMUN);
        assertProblem(byRecipient, 403);
        assertThat((String) body(byRecipient).get("detail")).contains("REGION");
        assertThat(count("select count(*) from consent where id = ?::uuid and revoked_at is null", consentId)).isEqualTo(1);
        assertThat(count("select count(*) from kit_outbox where type = 'ConsentRevoked' and payload->>'consentId' = ?",
                consentId)).isZero();
        assertThat(count("""
                select count(*) from kit_audit where username = 'reception.kommun' and action = 'REVOKE'
                and resource = ? and outcome = 'DENIED'""", "consent/" + consentId)).isEqualTo(1);

        HttpResponse<Map<String, Object>> noRequester = call(HttpRequest.POST(revoke, Map.of("reason", "Klienten ringde")),
                RECEPTION_REGION);
        assertProblem(noRequester, 400);
        assertThat(noRequester.getBody(String.class).orElseThrow()).contains("requestedBy");

        HttpResponse<Map<String, Object>> byDiscloser = call(HttpRequest.POST(revoke,
                Map.of("reason", "Ombudet meddelade återkallelse", "requestedBy", "REPRESENTATIVE")), THERAPIST_REGION);
        assertThat(byDiscloser.code()).isEqualTo(200);
        assertThat(body(byDiscloser)).containsEntry("status", "REVOKED").containsEntry("revokedBy", "therapist.region")
                .containsEntry("revokedOrg", "REGION").containsEntry("revokeRequestedBy", "REPRESENTATIVE")
                .containsEntry("revokeReason", "Ombudet meddelade återkallelse");
        assertThat(count("select count(*) from kit_consent where consent_id = ?::uuid and revoked_at is not null",
                consentId)).isEqualTo(1);
    }
}
