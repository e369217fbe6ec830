package se.huset.housing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.housing.decision.CaseworkDecisions;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.LegalBasis;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestCareTeams;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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
    @Inject
    protected CaseworkDecisions caseworkDecisions;

    private static final AtomicLong FEED_SEQ = new AtomicLong();

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

    /** A housing decision made three days ago in casework, valid six months, as casework's feed brings it. */
    protected String decision(UUID clientId, String basis) {
        LocalDate today = LocalDate.now();
        return decided(clientId, today.minusDays(3), today.minusDays(3), today.plusMonths(6), basis);
    }

    /**
     * A housing decision social services made in casework (by socialworker.kommun: SoL as housing, LVM as care
     * under LVM), as casework's feed brings it to housing; its id.
     */
    protected String decided(UUID clientId, LocalDate decidedOn, LocalDate from, @Nullable LocalDate to,
                             String basis) {
        UUID id = UUID.randomUUID();
        boolean lvm = "LVM".equals(basis);
        Map<String, Object> payload = new HashMap<>(Map.of("decisionId", id.toString(), "clientId", clientId.toString(),
                "intervention", lvm ? "LVM_CARE" : "HOUSING", "granted", true, "legalBasis", lvm ? "LVM" : "SOL",
                "decidedOn", decidedOn.toString(), "validFrom", from.toString(), "decidedBy", "socialworker.kommun"));
        if (to != null) {
            payload.put("validTo", to.toString());
        }
        caseworkDecisions.handle(new FeedEvent(FEED_SEQ.incrementAndGet(), EventTypes.DECISION_MADE, id.toString(),
                Instant.now(), payload));
        return id.toString();
    }

    /** A decision casework made (and carried out, where it says when) as its feed brings it to housing. */
    protected void fromCasework(Decision d) {
        Map<String, Object> made = new HashMap<>(Map.of("decisionId", d.id().toString(),
                "clientId", d.clientId().toString(), "intervention", d.intervention().name(), "granted", true,
                "legalBasis", d.legalBasis() == LegalBasis.LVM ? "LVM" : "SOL", "decidedOn", d.decisionDate().toString(),
                "validFrom", d.validFrom().toString(), "decidedBy", d.decidedBy()));
        if (d.validTo() != null) {
            made.put("validTo", d.validTo().toString());
        }
        caseworkDecisions.handle(new FeedEvent(FEED_SEQ.incrementAndGet(), EventTypes.DECISION_MADE, d.id().toString(),
                d.recordedAt(), made));
        if (d.enforcedOn() != null) {
            enforcedInCasework(d.id().toString(), d.clientId(), d.enforcedOn());
        }
    }

    /** Casework says it carried the decision out on {@code on}, as its feed brings it to housing. */
    protected void enforcedInCasework(String decisionId, UUID clientId, LocalDate on) {
        caseworkDecisions.handle(new FeedEvent(FEED_SEQ.incrementAndGet(), EventTypes.DECISION_ENFORCED, decisionId,
                Instant.now(), Map.of("decisionId", decisionId, "clientId", clientId.toString(),
                "enforcedOn", on.toString())));
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
