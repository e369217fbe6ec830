package se.huset.intake.consent;

import se.huset.intake.PageTestSupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent forms on the client page: the recipient offered is the other body, a crafted post naming one's own
 * body is refused next to the field, the grants list who recorded them, and the revoke form asks who asked.
 */
@MicronautTest(transactional = false)
class ConsentPagesTest extends PageTestSupport {

    @Override
    protected String databaseName() {
        return "intake_consent_pages";
    }

    @Test
    void theGrantFormOffersOnlyTheOtherBodyAndRefusesOnesOwnNextToTheField() throws Exception {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19770707", "118"), "Sida Samtycke")
                .get("clientId");
        Page page = get("/intake/clients/" + clientId, RECEPTION_REGION);
        assertThat(page.html()).contains("id=\"recipientOrgs-KOMMUN\"").doesNotContain("id=\"recipientOrgs-REGION\"")
                .contains("Samtycket lämnar ut de uppgifter som Region har om klienten");

        Page crafted = post("/intake/clients/" + clientId + "/consents", RECEPTION_REGION, List.of(
                f("recipientOrgs", "REGION"), f("categories", "CARE"), f("form", "VERBAL")));
        assertThat(crafted.status()).isEqualTo(400);
        assertThat(crafted.html()).contains("id=\"recipientOrgs-error\"")
                .contains("personal hos Region kan inte registrera ett samtycke med Region som mottagare");
        assertThat(consents(clientId)).isZero();
    }

    @Test
    void theOwnerSeesWhoRecordedTheOtherBodysConsentAndOnlyTheDiscloserMayRevoke() throws Exception {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19780808", "129"), "Sida Återkallas")
                .get("clientId");
        String kommuns = (String) body(call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("REGION"), "categories", List.of("SOCIAL"),
                        "purpose", "CARE_COORDINATION", "form", "WRITTEN")), RECEPTION_KOMMUN)).get("id");
        String regions = (String) body(call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents",
                Map.of("recipientOrgs", List.of("KOMMUN"), "categories", List.of("IDENTITY"),
                        "purpose", "CARE_COORDINATION", "form", "VERBAL")), RECEPTION_REGION)).get("id");

        Page page = get("/intake/clients/" + clientId, RECEPTION_REGION);
        assertThat(page.html()).contains("reception.kommun").contains("(Kommun)").contains("reception.region")
                .contains("/consents/" + regions + "/revoke")
                .as("the Kommun's consent is the Kommun's to revoke").doesNotContain("/consents/" + kommuns + "/revoke")
                .contains("Vem begär återkallelsen?");

        Page noRequester = post("/intake/clients/" + clientId + "/consents/" + regions + "/revoke", RECEPTION_REGION,
                List.of(f("reason", "Klienten ringde")));
        assertThat(noRequester.status()).isEqualTo(400);
        assertThat(noRequester.html()).contains("Välj vem som begär återkallelsen.");

        Page foreign = post("/intake/clients/" + clientId + "/consents/" + kommuns + "/revoke", RECEPTION_REGION,
                List.of(f("reason", "Klienten ringde"), f("requestedBy", "CLIENT")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.html()).contains("Bara personal hos Kommun");

        Page revoked = post("/intake/clients/" + clientId + "/consents/" + regions + "/revoke", RECEPTION_REGION,
                List.of(f("reason", "Klienten ringde"), f("requestedBy", "CLIENT")));
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(get("/intake/clients/" + clientId, RECEPTION_REGION).html())
                .contains("Återkallat av reception.region (Region)").contains("På begäran av: Klienten själv");
    }

    private long consents(String clientId) throws Exception {
        try (Connection c = database().connect();
             PreparedStatement ps = c.prepareStatement("select count(*) from consent where client_id = ?::uuid")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
