package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider registers a "contact" for a personnummer to learn what the other body holds. The answer names only
 * what the registering body may see under the consent rule, and the audit row says on what basis it wrote.
 */
@MicronautTest(transactional = false)
class RegistrationDisclosureTest extends InsiderSupport {

    @Override
    protected String databaseName() {
        return "intake_insider_registration";
    }

    @Test
    void registeringAPersonTheOtherBodyHoldsAnswersNeitherTheirNamePhoneNorClientId() throws Exception {
        String person = personnummer("19680523", "442");
        Map<String, Object> region = register(RECEPTION_REGION, person, "Hemlig Regionsson", "070-999 88 77");
        String clientId = (String) region.get("clientId");

        HttpResponse<Map<String, Object>> probe = call(HttpRequest.POST("/api/intake/contacts",
                contact(person, "Gissat Namn", "08-111 11 11")), THERAPIST_KOMMUN);
        assertThat(probe.code()).isEqualTo(201);
        String answer = probe.getBody(String.class).orElseThrow();
        assertThat(answer).doesNotContain("Hemlig").doesNotContain("999 88 77").doesNotContain(clientId);
        assertThat(body(probe)).containsEntry("clientId", null).containsEntry("person", null)
                .containsEntry("anonymous", false).containsEntry("identityWithheld", true)
                .containsEntry("ownerOrg", "KOMMUN");
        Object contactId = body(probe).get("id");
        assertThat(call(HttpRequest.GET("/api/intake/contacts/" + contactId), THERAPIST_KOMMUN).getBody(String.class)
                .orElseThrow()).as("nor does the Kommun's own contact, read back")
                .doesNotContain("Hemlig").doesNotContain(clientId);
        assertThat(count("select count(*) from contact where id = ?::uuid and client_id = ?::uuid", contactId, clientId))
                .as("the contact is still the same person's").isEqualTo(1);
        assertThat(rows("select basis, outcome from kit_audit where resource = ? and action = 'CREATE'",
                "contact/" + contactId)).containsExactly(List.of("OWN_CONTACT", "ALLOWED"));
        assertThat(rows("select name, phone from client where id = ?::uuid", clientId))
                .as("the Region's record is untouched").containsExactly(List.of("Hemlig Regionsson", "070-999 88 77"));

        String consentId = (String) granted(RECEPTION_REGION, clientId, List.of("KOMMUN"), List.of("IDENTITY")).get("id");
        Map<String, Object> underConsent = register(THERAPIST_KOMMUN, person, null, null);
        assertThat(underConsent).containsEntry("clientId", clientId).containsEntry("identityWithheld", false);
        assertThat(underConsent.get("person").toString()).contains("Hemlig Regionsson");
        assertThat(rows("select basis from kit_audit where resource = ?", "contact/" + underConsent.get("id")))
                .containsExactly(List.of("CONSENT:" + consentId));

        Map<String, Object> own = register(RECEPTION_REGION, person, null, null);
        assertThat(rows("select basis from kit_audit where resource = ?", "contact/" + own.get("id")))
                .as("the owning body's reception, on the person's identity").containsExactly(List.of("FRONT_DESK"));
    }

    @Test
    void linkingAnAnonymousContactToThePersonTheOtherBodyHoldsNamesNoOneEither() throws Exception {
        String person = personnummer("19550101", "113");
        register(RECEPTION_REGION, person, "Länkad Hemlis", "070-555 44 33");
        Map<String, Object> anonymous = register(RECEPTION_KOMMUN, null, null, null);
        HttpResponse<Map<String, Object>> linked = call(HttpRequest.POST("/api/intake/contacts/" + anonymous.get("id")
                + "/link", Map.of("person", Map.of("identifier", person))), RECEPTION_KOMMUN);
        assertThat(linked.code()).isEqualTo(200);
        assertThat(linked.getBody(String.class).orElseThrow()).doesNotContain("Länkad").doesNotContain("555 44 33");
        assertThat(body(linked)).containsEntry("clientId", null).containsEntry("identityWithheld", true);
        assertThat(rows("select basis from kit_audit where resource = ? and action = 'LINK'",
                "contact/" + anonymous.get("id"))).containsExactly(List.of("OWN_CONTACT"));
    }

    private Map<String, Object> register(String token, String identifier, String name, String phone) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/intake/contacts",
                contact(identifier, name, phone)), token);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(201);
        return body(r);
    }

    private static Map<String, Object> contact(String identifier, String name, String phone) {
        Map<String, Object> person = new java.util.HashMap<>();
        if (identifier == null) {
            person.put("anonymous", true);
        } else {
            person.put("identifier", identifier);
            if (name != null) {
                person.put("name", name);
            }
            if (phone != null) {
                person.put("phone", phone);
            }
        }
        return Map.of("channel", "PHONE", "kind", "SELF_APPLICATION", "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "person", person);
    }
}
