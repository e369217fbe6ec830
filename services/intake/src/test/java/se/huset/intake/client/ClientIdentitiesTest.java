package se.huset.intake.client;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.client.ClientNames;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/intake/clients/identities} names the clients of another service's worklist under the same rule as
 * the client page: the other body's clients are withheld (counted, not named) until a consent covers IDENTITY,
 * aggregate roles and service tokens get 403, and every client named is in the access log.
 */
@MicronautTest(transactional = false)
class ClientIdentitiesTest extends IntakeTestSupport {

    private static final String RESEARCHER = TestTokens.token("researcher", Org.REGION, "RESEARCHER");
    private static final String USER_ORG = TestTokens.token("userorg", Org.USER_ORG, "USER_ORG");

    @Inject
    EmbeddedServer server;

    private String regionClient;
    private String kommunClient;
    private String consentedRegionClient;

    @BeforeAll
    void clients() {
        regionClient = (String) registerPerson(RECEPTION_REGION, personnummer("19800101", "412"), "Rut Region").get("clientId");
        kommunClient = (String) registerPerson(RECEPTION_KOMMUN, personnummer("19810202", "422"), "Kim Kommun").get("clientId");
        consentedRegionClient = (String) registerPerson(RECEPTION_REGION, personnummer("19820303", "432"), "Sam Samtycke")
                .get("clientId");
        HttpResponse<Map<String, Object>> granted = call(HttpRequest.POST("/api/intake/clients/" + consentedRegionClient
                + "/consents", Map.of("recipientOrgs", List.of("KOMMUN"), "categories", List.of("IDENTITY"),
                "purpose", "CARE_COORDINATION", "form", "VERBAL",
                "validUntil", LocalDate.now().plusMonths(6).toString())), RECEPTION_REGION);
        assertThat(granted.code()).isEqualTo(201);
    }

    @Test
    void kommunStaffGetTheirOwnAndConsentedClientsNamedAndTheRegionsOthersWithheld() throws Exception {
        long before = identityReads("reception.kommun", regionClient);
        Map<String, Object> answer = identities(RECEPTION_KOMMUN, regionClient, kommunClient, consentedRegionClient);
        assertThat(names(answer)).containsOnlyKeys(kommunClient, consentedRegionClient)
                .containsEntry(kommunClient, "Kim Kommun").containsEntry(consentedRegionClient, "Sam Samtycke");
        assertThat(answer.get("withheld")).isEqualTo(1);
        assertThat(answer.toString()).doesNotContain("Rut Region").doesNotContain(regionClient);
        @SuppressWarnings("unchecked")
        Map<String, Object> kim = ((List<Map<String, Object>>) answer.get("items")).stream()
                .filter(i -> kommunClient.equals(i.get("clientId"))).findFirst().orElseThrow();
        assertThat(kim).containsEntry("identifier", personnummer("19810202", "422").replace("-", ""))
                .containsEntry("identifierKind", "PERSONNUMMER");

        assertThat(identityReads("reception.kommun", kommunClient)).isEqualTo(1);
        assertThat(identityReads("reception.kommun", consentedRegionClient)).isEqualTo(1);
        assertThat(identityReads("reception.kommun", regionClient)).as("a withheld client is not a read").isEqualTo(before);

        Map<String, Object> region = identities(RECEPTION_REGION, regionClient, kommunClient, consentedRegionClient);
        assertThat(names(region)).containsOnlyKeys(regionClient, consentedRegionClient);
        assertThat(region.get("withheld")).isEqualTo(1);
    }

    @Test
    void aggregateRolesAndServiceTokensAreRefused() {
        for (String token : List.of(STEERING, RESEARCHER, USER_ORG, TestTokens.service())) {
            HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/intake/clients/identities?ids="
                    + kommunClient), token);
            assertThat(refused.code()).isEqualTo(403);
            assertThat(refused.getBody(String.class).orElse("")).doesNotContain("Kim Kommun");
        }
    }

    @Test
    void idsAreOneToAHundredUuids() {
        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(","));
        for (String query : List.of("", "?ids=", "?ids=not-a-uuid", "?ids=" + kommunClient + ",x", "?ids=" + hundredAndOne)) {
            HttpResponse<Map<String, Object>> bad = call(HttpRequest.GET("/api/intake/clients/identities" + query),
                    RECEPTION_KOMMUN);
            assertThat(bad.code()).as(query).isEqualTo(400);
            assertThat(bad.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(body(bad).toString()).contains("field=ids");
        }
        String hundred = IntStream.range(0, 99).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(",")) + "," + kommunClient;
        Map<String, Object> full = identities(RECEPTION_KOMMUN, hundred.split(","));
        assertThat(names(full)).containsOnlyKeys(kommunClient);
        assertThat(full.get("withheld")).as("unknown ids are neither named nor counted").isEqualTo(0);
    }

    /** The kit's ClientNames, as other services use it, against this intake: the contract both sides keep. */
    @Test
    void theKitsClientNamesReadsTheAnswer() throws Exception {
        ClientNames clientNames = new ClientNames(server.getURL().toString());
        List<UUID> ids = new ArrayList<>(List.of(UUID.fromString(regionClient), UUID.fromString(kommunClient)));
        ClientNames.Names names = clientNames.of(HttpRequest.GET("/booking/waiting-list").bearerAuth(RECEPTION_KOMMUN), ids);
        assertThat(names.available()).isTrue();
        assertThat(names.of(UUID.fromString(kommunClient))).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("Kim Kommun"));
        assertThat(names.of(UUID.fromString(regionClient))).isEmpty();
        ClientNames.Names refused = clientNames.of(HttpRequest.GET("/x").bearerAuth(TestTokens.service()), ids);
        assertThat(refused.byClient()).isEmpty();
    }

    private Map<String, Object> identities(String token, String... ids) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/clients/identities?ids="
                + String.join(",", ids)), token);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(200);
        return body(r);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> names(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("items")).stream()
                .collect(Collectors.toMap(i -> i.get("clientId"), i -> i.get("name")));
    }

    private long identityReads(String username, String clientId) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from kit_audit where username = ? and client_id = ?::uuid and action = 'IDENTITY'"
                        + " and outcome = 'ALLOWED'")) {
            ps.setString(1, username);
            ps.setString(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aContactOfTheReadersOwnBodyShowsTheOtherBodysClientOnlyUnderConsent() {
        String identifier = personnummer("19840404", "452");
        registerPerson(RECEPTION_REGION, identifier, "Rut Regionsdotter");
        Map<String, Object> own = registerPerson(RECEPTION_KOMMUN, identifier, "R. R.");

        HttpResponse<Map<String, Object>> page = call(HttpRequest.GET("/api/intake/contacts?status=NEW&limit=200"),
                RECEPTION_KOMMUN);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = ((List<Map<String, Object>>) body(page).get("items")).stream()
                .filter(c -> own.get("id").equals(c.get("id"))).findFirst().orElseThrow();
        assertThat(contact.get("person")).as("the Region's registry entry is not the Kommun's to see").isNull();
        assertThat(contact.get("anonymous")).isEqualTo(false);
        assertThat(body(page).toString()).doesNotContain("Rut Regionsdotter");
    }
}
