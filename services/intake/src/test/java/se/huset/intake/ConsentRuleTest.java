package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent-aware contract end to end: a client registered by the Region is refused to the Kommun, shown after a
 * consent naming KOMMUN and IDENTITY, refused again after revocation; every read is in the audit log, and editing
 * an audit row breaks the chain.
 */
@MicronautTest(transactional = false)
class ConsentRuleTest extends IntakeTestSupport {

    @Test
    void regionClientIsHiddenFromKommunUntilConsentedAndAgainAfterRevocation() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19750312", "238"), "Anna Berg");
        String clientId = (String) contact.get("clientId");
        assertThat(clientId).isNotNull();

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/intake/clients/" + clientId), THERAPIST_KOMMUN);
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat((String) body(refused).get("type")).endsWith("consent-required");

        HttpResponse<Map<String, Object>> queue = call(HttpRequest.GET("/api/intake/contacts?status=NEW"), THERAPIST_KOMMUN);
        assertThat(queue.code()).isEqualTo(200);
        assertThat((Integer) body(queue).get("withheld")).isGreaterThanOrEqualTo(1);
        assertThat(ids(body(queue))).doesNotContain(contact.get("id"));

        HttpResponse<Map<String, Object>> granted = call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("KOMMUN"), "categories", List.of("IDENTITY"),
                        "purpose", "CARE_COORDINATION", "form", "VERBAL",
                        "validUntil", LocalDate.now().plusMonths(6).toString())), RECEPTION_REGION);
        assertThat(granted.code()).isEqualTo(201);
        String consentId = (String) body(granted).get("id");

        HttpResponse<Map<String, Object>> shown = call(HttpRequest.GET("/api/intake/clients/" + clientId), THERAPIST_KOMMUN);
        assertThat(shown.code()).isEqualTo(200);
        assertThat(body(shown)).containsEntry("name", "Anna Berg")
                .containsEntry("identifier", personnummer("19750312", "238").replace("-", ""));
        // the consent covers IDENTITY only: the Region's contact (CARE) stays withheld, and says so
        @SuppressWarnings("unchecked")
        Map<String, Object> contacts = (Map<String, Object>) body(shown).get("contacts");
        assertThat(contacts.get("withheld")).isEqualTo(1);

        HttpResponse<Map<String, Object>> revoked = call(HttpRequest.POST("/api/intake/consents/" + consentId + "/revoke",
                Map.of("reason", "Klienten återkallade samtycket i telefon", "requestedBy", "CLIENT")), RECEPTION_REGION);
        assertThat(revoked.code()).isEqualTo(200);
        assertThat(body(revoked)).containsEntry("status", "REVOKED");

        HttpResponse<Map<String, Object>> refusedAgain = call(HttpRequest.GET("/api/intake/clients/" + clientId), THERAPIST_KOMMUN);
        assertThat(refusedAgain.code()).isEqualTo(403);

        List<Map<String, Object>> rows = list("/api/intake/clients/" + clientId + "/access-log", AUDITOR);
        assertThat(rows).filteredOn(r -> "therapist.kommun".equals(r.get("username")))
                .extracting(r -> r.get("outcome"))
                .containsSubsequence("DENIED", "ALLOWED", "DENIED");

        assertThat(body(call(HttpRequest.GET("/api/intake/audit/verify"), AUDITOR))).containsEntry("valid", true);
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("alter table kit_audit disable trigger kit_audit_no_change");
            st.execute("update kit_audit set username = 'someone.else' where id = (select min(id) from kit_audit)");
            st.execute("alter table kit_audit enable trigger kit_audit_no_change");
        }
        assertThat(body(call(HttpRequest.GET("/api/intake/audit/verify"), AUDITOR))).containsEntry("valid", false);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> m.get("id")).toList();
    }
}
