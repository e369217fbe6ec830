package se.huset.intake.client;

import se.huset.intake.PageTestSupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ClientPagesTest extends PageTestSupport {

    @Test
    void ownerSeesTheClientPageWithHistoryAndConsentForms() {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19650606", "812"), "Owner Seen").get("clientId");
        Page page = get("/intake/clients/" + clientId, THERAPIST_REGION);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Owner Seen").contains("Egen ansökan").contains("Registrera samtycke")
                .contains("Identitet").contains("Bokningar").contains("Skriftligt").contains("Muntligt")
                .contains("value=\"" + LocalDate.now().plusMonths(12) + "\"")
                .as("the other services down: each one's part of the timeline is named unavailable, the rest shows")
                .contains("Socialtjänstens ärenden kan inte visas just nu", "Bokningar kan inte visas just nu",
                        "Program kan inte visas just nu", "Boende kan inte visas just nu",
                        "Uppföljningen kan inte visas just nu")
                .contains("Kontakt: Egen ansökan</span><span> – Ny</span>", "Ingen namngiven samordnare");
        Page search = get("/intake/clients?q=Owner", RECEPTION_REGION);
        assertThat(search.html()).contains("/intake/clients/" + clientId);
        assertThat(get("/intake/clients?q=a", RECEPTION_REGION).status()).isEqualTo(400);
        assertThat(get("/intake/clients/" + clientId, STEERING).status()).isEqualTo(403);
    }

    /**
     * A frequent attender's years of contacts in the timeline: the newest on the page, the rest a page at a time;
     * nothing cut, and the year counted whole.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aClientsContactsGoAPageAtATimeNewestFirstAndTheYearIsCountedWhole() {
        String identifier = personnummer("19700101", "912");
        String clientId = (String) registerPerson(RECEPTION_REGION, identifier, "Many Contacts").get("clientId");
        for (int n = 1; n < 30; n++) {
            registerPerson(RECEPTION_REGION, identifier, "Many Contacts");
        }
        Page first = get("/intake/clients/" + clientId, THERAPIST_REGION);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().split("Kontakt: Egen ansökan", -1)).as("25 steps").hasSize(26);
        assertThat(first.html()).contains("rel=\"next\"").contains("<td class=\"text-end\">30</td>");
        String next = first.html().replaceAll("(?s).*href=\"([^\"]*)\" class=\"btn btn-outline-primary btn-sm\" rel=\"next\".*", "$1")
                .replace("&amp;", "&");
        Page second = get(next, THERAPIST_REGION);
        assertThat(second.html().split("Kontakt: Egen ansökan", -1)).as("the other 5").hasSize(6);
        assertThat(second.html()).doesNotContain("rel=\"next\"").contains("Första sidan");

        java.util.Set<Object> seen = new java.util.HashSet<>();
        String after = null;
        do {
            Map<String, Object> view = body(call(HttpRequest.GET("/api/intake/clients/" + clientId + "?limit=7"
                    + (after == null ? "" : "&after=" + after)), THERAPIST_REGION));
            Map<String, Object> contacts = (Map<String, Object>) view.get("contacts");
            ((List<Map<String, Object>>) contacts.get("items")).forEach(c -> seen.add(c.get("id")));
            after = (String) contacts.get("next");
        } while (after != null);
        assertThat(seen).hasSize(30);
        assertThat(get("/intake/clients/" + clientId + "?before=nonsense", THERAPIST_REGION).status()).isEqualTo(400);
        assertThat(get("/intake/clients/" + clientId + "?kind=GOSSIP", THERAPIST_REGION).status()).isEqualTo(400);
    }

    @Test
    void otherBodyIsRefusedHonestlyUntilConsentIsGrantedThroughTheForm() {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19650707", "822"), "Consent Later").get("clientId");
        Page refused = get("/intake/clients/" + clientId, THERAPIST_KOMMUN);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("Samtycke saknas").contains("Nödåtkomst").doesNotContain("Consent Later");
        Page search = get("/intake/clients?q=Consent", THERAPIST_KOMMUN);
        assertThat(search.html()).as("a search says nothing of the other body's clients").contains("Inga träffar.")
                .doesNotContain("visas inte").doesNotContain("Consent Later");

        Page bad = post("/intake/clients/" + clientId + "/consents", RECEPTION_REGION, List.of(f("form", "VERBAL")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).contains("id=\"recipientOrgs-error\"").contains("id=\"categories-error\"");

        Page granted = post("/intake/clients/" + clientId + "/consents", RECEPTION_REGION, List.of(
                f("recipientOrgs", "KOMMUN"), f("categories", "IDENTITY"), f("form", "VERBAL"),
                f("validUntil", LocalDate.now().plusMonths(6).toString())));
        assertThat(granted.status()).as(granted.html()).isEqualTo(303);

        Page shown = get("/intake/clients/" + clientId, THERAPIST_KOMMUN);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html()).contains("Consent Later").contains("Aktivt")
                .contains("Region (Vård): uppgifter visas inte – samtycke saknas (1).");
        assertThat(call(HttpRequest.GET("/api/intake/clients/" + clientId), THERAPIST_KOMMUN).code()).isEqualTo(200);

        assertThat(shown.html()).as("the recipient does not revoke the Region's consent").doesNotContain("/revoke");
        String consentId = get("/intake/clients/" + clientId, RECEPTION_REGION).html()
                .replaceAll("(?s).*/consents/([0-9a-f-]{36})/revoke.*", "$1");
        Page noReason = post("/intake/clients/" + clientId + "/consents/" + consentId + "/revoke", RECEPTION_REGION,
                List.of(f("reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.html()).contains("Skriv skälet").contains("href=\"#revoke-" + consentId + "-reason\"");
        Page revoked = post("/intake/clients/" + clientId + "/consents/" + consentId + "/revoke", RECEPTION_REGION,
                List.of(f("reason", "Klienten ångrade sig"), f("requestedBy", "CLIENT")));
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(get("/intake/clients/" + clientId, THERAPIST_KOMMUN).status()).isEqualTo(403);
    }

    @Test
    void housingStaffSeeTheirBodysClientsButRecordNoConsent() {
        String housing = TestTokens.token("housing.kommun", Org.KOMMUN, "HOUSING_STAFF");
        String clientId = (String) registerPerson(RECEPTION_KOMMUN, personnummer("19650909", "842"), "Housing Seen").get("clientId");
        Page page = get("/intake/clients/" + clientId, housing);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Housing Seen").doesNotContain("Registrera samtycke");
        assertThat(post("/intake/clients/" + clientId + "/consents", housing, List.of(f("recipientOrgs", "REGION"),
                f("categories", "IDENTITY"), f("form", "VERBAL"))).status()).isEqualTo(403);
        assertThat(get("/intake/reception", housing).status()).isEqualTo(403);
    }

    @Test
    void emergencyAccessAsksForTheSituationTheLawAllowsAndAnExplanationThenOpensTheClient() throws Exception {
        String socialWorker = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19650808", "832"), "Emergency Case").get("clientId");
        String action = "/intake/clients/" + clientId + "/emergency-access";

        Page offered = get("/intake/clients/" + clientId, socialWorker);
        assertThat(offered.status()).isEqualTo(403);
        assertThat(offered.html()).contains("<label for=\"situation\"").contains("<select id=\"situation\"")
                .contains("value=\"DANGER_TO_LIFE_OR_HEALTH\"").contains("value=\"URGENT_LVM\"")
                .contains("LVM (1988:870) 7 och 13 §§").doesNotContain("value=\"URGENT_CARE_WITHOUT_CONSENT\"");

        Page noSituation = post(action, socialWorker, List.of(f("explanation", "Hotar att ta sitt liv i receptionen")));
        assertThat(noSituation.status()).isEqualTo(400);
        assertThat(noSituation.html()).contains("id=\"situation-error\"").contains("Välj situationen")
                .contains("aria-describedby=\"situation-error\"").contains("Hotar att ta sitt liv i receptionen");
        Page tooShort = post(action, socialWorker, List.of(f("situation", "DANGER_TO_LIFE_OR_HEALTH"), f("explanation", "kort")));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.html()).contains("id=\"explanation-error\"").contains("minst 10")
                .contains("<option value=\"DANGER_TO_LIFE_OR_HEALTH\" selected=\"selected\"");
        Page notHers = post(action, socialWorker, List.of(f("situation", "URGENT_CARE_WITHOUT_CONSENT"),
                f("explanation", "Medvetslös på akuten, kan inte samtycka")));
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(notHers.html()).contains("id=\"situation-error\"").contains("får inte öppna med nödåtkomst i den situationen");

        List<Map.Entry<String, String>> valid = List.of(f("situation", "DANGER_TO_LIFE_OR_HEALTH"),
                f("explanation", "Hotar att ta sitt liv i receptionen"));
        Page opened = post(action, socialWorker, valid);
        assertThat(opened.status()).isEqualTo(303);
        Page shown = get(opened.location(), socialWorker);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html()).contains("Emergency Case").contains("Nödåtkomst är öppnad");
        // a second submit while the first is live shows the client again and opens nothing new
        assertThat(post(action, socialWorker, valid).status()).isEqualTo(303);
        try (var c = database().connect(); var ps = c.prepareStatement(
                "select count(*) from kit_emergency_access where client_id = ?::uuid")) {
            ps.setString(1, clientId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
        assertThat(get("/intake/clients/00000000-0000-4000-8000-000000000000", THERAPIST_KOMMUN).status()).isEqualTo(404);
    }

    @Test
    void aColleagueOfAnotherUnitIsTakenIntoTheCareTeamFromTheClientPage() {
        String psychiatry = TestTokens.ofUnit("psyk.sida", Org.REGION, "Psykiatrin", "THERAPIST");
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19710909", "554"), "Team Sida");
        String page = "/intake/clients/" + contact.get("clientId");

        Page outside = get(page, psychiatry);
        assertThat(outside.status()).isEqualTo(200);
        assertThat(outside.html()).contains("Team Sida").contains("Du ingår inte i klientens vårdteam")
                .contains("Region (Vård): uppgifter visas inte – du arbetar inte med klienten (1).")
                .doesNotContain("Enheten Beroendeenheten");
        Page selfAdd = post(page + "/care-team", psychiatry, List.of(f("partyKind", "user"), f("partyName", "psyk.sida"),
                f("basis", "TREATMENT")));
        assertThat(selfAdd.status()).isEqualTo(400);
        assertThat(selfAdd.html()).contains("ingen lägger till sig själv");

        Page member = get(page, THERAPIST_REGION);
        assertThat(member.html()).contains("Enheten Beroendeenheten").contains("Enheten som tog emot kontakten")
                .doesNotContain("Du ingår inte");
        Page empty = post(page + "/care-team", THERAPIST_REGION, List.of(f("partyKind", "unit"), f("partyName", " "),
                f("basis", "TREATMENT")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html()).contains("id=\"party-error\"").contains("href=\"#party\"");
        Page added = post(page + "/care-team", THERAPIST_REGION, List.of(f("partyKind", "unit"),
                f("partyName", "Psykiatrin"), f("basis", "TREATMENT")));
        assertThat(added.status()).isEqualTo(303);

        Page inside = get(page, psychiatry);
        assertThat(inside.html()).contains("Enheten Psykiatrin").doesNotContain("Du ingår inte")
                .doesNotContain("visas inte");
        Page ended = post(page + "/care-team/end", THERAPIST_REGION, List.of(f("party", "unit:Psykiatrin"),
                f("ref", "team:TREATMENT")));
        assertThat(ended.status()).isEqualTo(303);
        Page again = get(page, psychiatry);
        assertThat(again.html()).contains("Du ingår inte i klientens vårdteam").contains("<select id=\"situation\"");
        Page glass = post(page + "/emergency-access", psychiatry, List.of(f("situation", "URGENT_CARE_WITHOUT_CONSENT"),
                f("explanation", "Akut omhändertagande, kan inte samtycka")));
        assertThat(glass.status()).isEqualTo(303);
        assertThat(get(page, psychiatry).html()).as("the glass opens the body's own records too")
                .doesNotContain("visas inte");
    }

    @Test
    void rolesTheLawGivesNoEmergencyAccessAreNotOfferedItAndAreRefused() {
        String clientId = (String) registerPerson(RECEPTION_REGION, personnummer("19650818", "842"), "No Glass").get("clientId");
        Page page = get("/intake/clients/" + clientId, THERAPIST_KOMMUN);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("Din roll kan inte öppna med nödåtkomst").doesNotContain("<select id=\"situation\"");
        Page refused = post("/intake/clients/" + clientId + "/emergency-access", RECEPTION_KOMMUN,
                List.of(f("situation", "DANGER_TO_LIFE_OR_HEALTH"), f("explanation", "Vill bara se journalen")));
        assertThat(refused.status()).isEqualTo(403);
        // the API asks intake's own registry: an id it never registered is not found
        assertThat(call(HttpRequest.POST("/api/intake/emergency-access", Map.of("clientId",
                "00000000-0000-4000-8000-000000000000", "situation", "URGENT_CARE_WITHOUT_CONSENT",
                "explanation", "Medvetslös på akuten, kan inte samtycka")), THERAPIST_REGION).code()).isEqualTo(404);
    }
}
