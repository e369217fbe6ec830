package se.huset.housing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input answers 400 problem+json naming the field, never 500. */
@MicronautTest(transactional = false)
class InputValidationTest extends HousingTestSupport {

    private void assertFieldError(MutableHttpRequest<?> request, String token, String field) {
        HttpResponse<Map<String, Object>> r = call(request, token);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(r).get("errors");
        assertThat(errors).as(body(r).toString()).extracting(e -> e.get("field")).contains(field);
    }

    private Map<String, Object> unitBody() {
        return new HashMap<>(Map.of("name", "Enhet V", "type", "SUPPORTED", "capacity", 4));
    }

    @Test
    void placementReferences() {
        assertFieldError(HttpRequest.POST("/api/housing/placements", Map.of("clientId", UUID.randomUUID(),
                "unitId", "Skogsgläntan")), SOCIAL_KOMMUN, "unitId");
        assertFieldError(HttpRequest.POST("/api/housing/placements/" + UUID.randomUUID() + "/end",
                Map.of("reason", "LEFT", "aftercare", Map.of("followUpDate", "snart"))), SOCIAL_KOMMUN, "followUpDate");
    }

    @Test
    void placementFields() {
        assertFieldError(HttpRequest.POST("/api/housing/placements", Map.of("unitId", UUID.randomUUID())),
                SOCIAL_KOMMUN, "clientId");
        assertFieldError(HttpRequest.POST("/api/housing/placements", Map.of("clientId", UUID.randomUUID(),
                "unitId", UUID.randomUUID())), SOCIAL_KOMMUN, "unitId");
        assertFieldError(HttpRequest.POST("/api/housing/placements/" + UUID.randomUUID() + "/end",
                Map.of("reason", "RAN_AWAY")), SOCIAL_KOMMUN, "reason");
        assertFieldError(HttpRequest.POST("/api/housing/placements/" + UUID.randomUUID() + "/end",
                Map.of("reason", "LEFT", "aftercare", Map.of("ownerStaff", "x".repeat(200)))), SOCIAL_KOMMUN,
                "aftercare.ownerStaff");
        assertFieldError(HttpRequest.GET("/api/housing/placements?status=LOST"), SOCIAL_KOMMUN, "status");
        assertFieldError(HttpRequest.GET("/api/housing/placements/nope"), SOCIAL_KOMMUN, "id");
    }

    @Test
    void unitFields() {
        Map<String, Object> b = unitBody();
        b.put("capacity", 0);
        assertFieldError(HttpRequest.POST("/api/housing/units", b), ADMIN, "capacity");
        b = unitBody();
        b.put("type", "CASTLE");
        assertFieldError(HttpRequest.POST("/api/housing/units", b), ADMIN, "type");
        b = unitBody();
        b.put("type", "EXTERNAL_HVB");
        assertFieldError(HttpRequest.POST("/api/housing/units", b), ADMIN, "provider");
        b.put("provider", "HVB AB");
        assertFieldError(HttpRequest.POST("/api/housing/units", b), ADMIN, "costPerDay");
        b = unitBody();
        b.put("name", " ");
        assertFieldError(HttpRequest.POST("/api/housing/units", b), ADMIN, "name");
    }

    @Test
    void queryParameters() {
        assertFieldError(HttpRequest.GET("/api/housing/costs?from=2026-13"), STEERING, "from");
        assertFieldError(HttpRequest.GET("/api/housing/costs?from=2026-06&to=2026-01"), STEERING, "from");
        assertFieldError(HttpRequest.GET("/api/housing/stats?months=0"), STEERING, "months");
    }

    @Test
    void malformedJsonIsA400() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/housing/placements", "{\"clientId\":")
                .contentType("application/json"), SOCIAL_KOMMUN);
        assertThat(r.code()).isEqualTo(400);
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        String unit = unit("Björkebo V", "EMERGENCY", 5, null, false);
        UUID client = client(40);
        Map<String, Object> body = Map.of("clientId", client, "unitId", unit);
        Map<String, Object> first = ok(call(HttpRequest.POST("/api/housing/placements", body)
                .header("Idempotency-Key", "k-1"), SOCIAL_KOMMUN), 201);
        Map<String, Object> again = ok(call(HttpRequest.POST("/api/housing/placements", body)
                .header("Idempotency-Key", "k-1"), SOCIAL_KOMMUN), 201);
        assertThat(again.get("id")).isEqualTo(first.get("id"));
    }
}
