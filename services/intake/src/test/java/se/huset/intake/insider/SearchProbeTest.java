package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider searches the registry to find out whom the other body knows: by personnummer, by a name, by digit
 * fragments and LIKE wildcards. A hit they may not see answers exactly like no hit, and the refused lookup is in
 * the audit log against the client, with the term hashed.
 */
@MicronautTest(transactional = false)
class SearchProbeTest extends InsiderSupport {

    @Override
    protected String databaseName() {
        return "intake_insider_search";
    }

    @Test
    void aPersonnummerOfTheOtherBodysClientAnswersLikeNoSuchClientAndTheRefusalIsLoggedHashed() throws Exception {
        String person = personnummer("19661224", "557");
        String clientId = (String) registerPerson(RECEPTION_REGION, person, "Söks Hemligt").get("clientId");
        String nobody = personnummer("19661224", "565");

        Map<String, Object> nothing = new java.util.HashMap<>(Map.of("items", List.of(), "withheld", 0));
        nothing.put("next", null);
        Map<String, Object> probe = search(RECEPTION_KOMMUN, person);
        assertThat(probe).isEqualTo(search(RECEPTION_KOMMUN, nobody)).isEqualTo(nothing);
        assertThat(search(RECEPTION_KOMMUN, person.substring(2))).as("the 10-digit form too").isEqualTo(nothing);
        assertThat(names(search(RECEPTION_REGION, person))).as("the owner finds them").containsExactly("Söks Hemligt");

        List<List<String>> refused = rows("""
                select resource, basis from kit_audit where username = 'reception.kommun' and client_id = ?::uuid
                and action = 'SEARCH' and outcome = 'DENIED'""", clientId);
        assertThat(refused).hasSize(2).allSatisfy(r -> assertThat(r.get(0)).startsWith("client-search/hmac:"));
        assertThat(refused.get(0).get(0)).as("the same person, however written, hashes the same")
                .isEqualTo(refused.get(1).get(0));
        String digits = person.replace("-", "");
        assertThat(count("select count(*) from kit_audit where resource like ? or basis like ?",
                "%" + digits.substring(2) + "%", "%" + digits.substring(2) + "%"))
                .as("no personnummer in clear in the log").isZero();
    }

    @Test
    void aNameSearchFillsItsPageWithWhatTheReaderMaySeeAndCountsNothingElse() {
        registerPerson(RECEPTION_KOMMUN, personnummer("19700101", "008"), "Probe Kommunsson");
        for (int i = 0; i < 3; i++) {
            registerPerson(RECEPTION_REGION, personnummer("19710101", "01" + i), "Probe Regionsson " + i);
        }
        Map<String, Object> page = search(RECEPTION_KOMMUN, "probe", "&limit=1");
        assertThat(names(page)).containsExactly("Probe Kommunsson");
        assertThat(page).containsEntry("withheld", 0).containsEntry("next", null);
        assertThat(names(search(RECEPTION_KOMMUN, "kommunsson"))).as("any word of the name")
                .containsExactly("Probe Kommunsson");
        assertThat(names(search(RECEPTION_KOMMUN, "ommun"))).as("a prefix, not any fragment").isEmpty();
        assertThat(names(search(RECEPTION_REGION, "pr", "&limit=10"))).hasSize(3);
    }

    @Test
    void wildcardsMatchThemselvesAndTooLittleOrAFragmentOfDigitsIsRefused() {
        registerPerson(RECEPTION_REGION, personnummer("19720202", "029"), "Under_Streck");
        registerPerson(RECEPTION_REGION, personnummer("19720202", "037"), "Underbar Person");
        registerPerson(RECEPTION_REGION, personnummer("19720202", "045"), "Back\\Slash");
        assertThat(names(search(RECEPTION_REGION, "under_"))).containsExactly("Under_Streck");
        assertThat(names(search(RECEPTION_REGION, "%%"))).isEmpty();
        assertThat(names(search(RECEPTION_REGION, "__"))).isEmpty();
        assertThat(names(search(RECEPTION_REGION, "back\\"))).containsExactly("Back\\Slash");
        assertThat(names(search(RECEPTION_REGION, "%er"))).isEmpty();

        for (String bad : List.of("a", " ", "", "1972", "197202", "19720202-0291", "x".repeat(101))) {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/clients?q="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8)), RECEPTION_REGION);
            assertProblem(r, 400);
            assertThat(r.getBody(String.class).orElseThrow()).as(bad).contains("\"field\":\"q\"");
        }
        assertThat(call(HttpRequest.GET("/api/intake/clients?q=19720202-0291"), RECEPTION_REGION)
                .getBody(String.class).orElseThrow()).contains("check digit");
    }

    private Map<String, Object> search(String token, String q) {
        return search(token, q, "");
    }

    private Map<String, Object> search(String token, String q, String more) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/clients?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + more), token);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(200);
        return body(r);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> m.get("name")).toList();
    }
}
