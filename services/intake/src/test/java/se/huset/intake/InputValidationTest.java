package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input answers 400 problem+json naming the field, never 500, and stores nothing. */
@MicronautTest(transactional = false)
class InputValidationTest extends IntakeTestSupport {

    private Map<String, Object> contact(Map<String, Object> person) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "PHONE", "kind", "SELF_APPLICATION",
                "referrer", "SELF", "substances", List.of("ALCOHOL"), "reason", "Orolig för sitt drickande"));
        body.put("person", person);
        return body;
    }

    private void assertFieldError(HttpResponse<Map<String, Object>> r, String field) {
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(r).get("errors");
        assertThat(errors).as(body(r).toString()).extracting(e -> e.get("field")).contains(field);
    }

    @Test
    void invalidPersonnummerNamesTheField() {
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("identifier", "19121212-1213"))), RECEPTION_REGION), "person.identifier");
    }

    @Test
    void identifierAndAnonymousTogetherAreRefused() {
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("identifier", "19121212-1212", "anonymous", true))), RECEPTION_REGION), "person");
    }

    @Test
    void unknownEnumValueNamesTheField() {
        Map<String, Object> body = contact(Map.of("anonymous", true));
        body.put("channel", "CARRIER_PIGEON");
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts", body), RECEPTION_REGION), "channel");
    }

    @Test
    void oversizedStringsNameTheField() {
        Map<String, Object> body = contact(Map.of("anonymous", true));
        body.put("reason", "x".repeat(2001));
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts", body), RECEPTION_REGION), "reason");
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("identifier", "1".repeat(40)))), RECEPTION_REGION), "person.identifier");
    }

    @Test
    void missingFieldsAreListed() {
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts", Map.of("person", Map.of("anonymous", true))),
                RECEPTION_REGION), "channel");
    }

    @Test
    void malformedJsonIsA400Problem() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/intake/contacts", "{\"channel\": \"PHONE\",")
                .contentType(MediaType.APPLICATION_JSON_TYPE), RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void badTriageScoresAndUnknownIdsAreClearErrors() {
        Map<String, Object> created = body(call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("anonymous", true))), RECEPTION_REGION));
        assertFieldError(call(HttpRequest.POST("/api/intake/contacts/" + created.get("id") + "/triage",
                Map.of("urgency", "SOON", "pathway", "BEROENDEENHETEN_OUTPATIENT", "auditScore", 41)), RECEPTION_REGION),
                "auditScore");
        assertThat(call(HttpRequest.GET("/api/intake/contacts/not-a-uuid"), RECEPTION_REGION).code()).isEqualTo(400);
        assertThat(call(HttpRequest.GET("/api/intake/contacts/" + java.util.UUID.randomUUID()), RECEPTION_REGION).code())
                .isEqualTo(404);
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneContact() throws Exception {
        String key = "call-2026-11-22-0001";
        HttpResponse<Map<String, Object>> first = call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("identifier", personnummer("19800102", "831"), "name", "Test Testsson")))
                .header("Idempotency-Key", key), RECEPTION_REGION);
        HttpResponse<Map<String, Object>> second = call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("identifier", personnummer("19800102", "831"), "name", "Test Testsson")))
                .header("Idempotency-Key", key), RECEPTION_REGION);
        assertThat(first.code()).isEqualTo(201);
        assertThat(second.code()).isEqualTo(201);
        assertThat(body(second).get("id")).isEqualTo(body(first).get("id"));
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from contact where id = '" + body(first).get("id")
                     + "' or client_id = '" + body(first).get("clientId") + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void triageTwiceIsAConflictAndChildrenInTheHomeRemindsOfTheDutyToReport() {
        Map<String, Object> created = body(call(HttpRequest.POST("/api/intake/contacts",
                contact(Map.of("anonymous", true))), RECEPTION_REGION));
        Map<String, Object> triage = Map.of("urgency", "SOON", "pathway", "NEXUS_OUTPATIENT",
                "riskFlags", List.of("CHILDREN_IN_HOME"), "auditScore", 17);
        HttpResponse<Map<String, Object>> done = call(HttpRequest.POST("/api/intake/contacts/" + created.get("id")
                + "/triage", triage), RECEPTION_REGION);
        assertThat(done.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) body(done).get("triage");
        assertThat((List<Object>) t.get("reminders")).contains("DUTY_TO_REPORT_CONCERN");
        assertThat((List<Object>) t.get("responsibleOrgs")).containsExactly("KOMMUN");
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + created.get("id") + "/triage", triage),
                RECEPTION_REGION).code()).isEqualTo(409);
    }
}
