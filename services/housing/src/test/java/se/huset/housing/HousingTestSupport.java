package se.huset.housing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestCareTeams;
import se.huset.kit.testing.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Housing's tests run against housing's own fresh PostgreSQL database, through its real HTTP API. */
public abstract class HousingTestSupport extends ServiceTestSupport {

    protected static final String SOCIAL_KOMMUN = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");
    protected static final String SOCIAL_REGION = TestTokens.token("socialworker.region", Org.REGION, "SOCIAL_WORKER");
    protected static final String HOUSING_KOMMUN = TestTokens.token("housing.kommun", Org.KOMMUN, "HOUSING_STAFF");
    protected static final String ADMIN = TestTokens.token("admin", Org.REGION, "ADMIN");
    protected static final String STEERING = TestTokens.token("steering", Org.REGION, "STEERING");

    @Inject
    protected ClientFacts clientFacts;
    @Inject
    protected CareRelationships careRelationships;

    @Override
    protected String databaseName() {
        return "housing";
    }

    protected Map<String, Object> ok(HttpResponse<Map<String, Object>> response, int status) {
        assertThat(response.code()).as(response.getBody(String.class).orElse("")).isEqualTo(status);
        return body(response);
    }

    /** A client as intake's ClientRegistered announces it; {@code age} null means intake did not know the birth date. */
    protected UUID client(Integer age) {
        UUID id = UUID.randomUUID();
        clientFacts.apply(new ClientRegistered(id, "REGION",
                age == null ? null : LocalDate.now().minusYears(age).minusDays(10), "MALE"));
        TestCareTeams.inBothBodies(careRelationships, id);
        return id;
    }

    protected String unit(String name, String type, int capacity, Integer minAge, boolean requiresDecision) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "capacity", capacity,
                "requiresDecision", requiresDecision));
        if (minAge != null) {
            body.put("minAge", minAge);
        }
        if (type.startsWith("EXTERNAL") || type.equals("FAMILY_HOME")) {
            body.put("provider", "Leverantören AB");
            body.put("costPerDay", 3000);
        }
        return (String) ok(call(HttpRequest.POST("/api/housing/units", body), ADMIN), 201).get("id");
    }

    protected String decision(UUID clientId, String basis, String token) {
        LocalDate today = LocalDate.now();
        return (String) ok(call(HttpRequest.POST("/api/housing/decisions", Map.of("clientId", clientId,
                "decisionDate", today.minusDays(3).toString(), "validFrom", today.minusDays(3).toString(),
                "validTo", today.plusMonths(6).toString(), "legalBasis", basis)), token), 201).get("id");
    }

    protected HttpResponse<Map<String, Object>> place(UUID clientId, String unitId, String decisionId, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", clientId, "unitId", unitId));
        if (decisionId != null) {
            body.put("decisionId", decisionId);
        }
        return call(HttpRequest.POST("/api/housing/placements", body), token);
    }

    protected static Map<String, Object> aftercare() {
        return Map.of("ownerStaff", "socialworker.kommun", "ownerOrg", "KOMMUN",
                "nextHousing", "Andrahandskontrakt via kommunen", "occupation", "Arbetsträning på Kretsloppsparken",
                "network", "Syster i Brunflo, AA-grupp tisdagar", "followUpDate", LocalDate.now().plusWeeks(2).toString());
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
