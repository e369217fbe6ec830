package se.huset.programs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input answers 400 problem+json naming the field, never 500. */
@MicronautTest(transactional = false)
class InputValidationTest extends ProgramsTestSupport {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST|/api/programs/enrollments|{\"programCode\":\"CRA\"}|clientId",
            "POST|/api/programs/enrollments|{\"clientId\":\"not-a-uuid\",\"programCode\":\"CRA\"}|clientId",
            "POST|/api/programs/enrollments|{\"clientId\":\"3f2a9c1e-0000-4000-8000-000000000001\"}|programCode",
            "POST|/api/programs/enrollments|{\"clientId\":\"3f2a9c1e-0000-4000-8000-000000000001\",\"programCode\":\"YOGA\"}|programCode",
            "POST|/api/programs/enrollments|{\"clientId\":\"3f2a9c1e-0000-4000-8000-000000000001\",\"programCode\":\"CRA\",\"groupId\":\"3f2a9c1e-0000-4000-8000-000000000002\"}|groupId",
            "POST|/api/programs/enrollments|[1,2]|",
            "POST|/api/programs/enrollments|{\"clientId\":|",
            "POST|/api/programs/enrollments/3f2a9c1e-0000-4000-8000-000000000001/drop-out|{}|reason",
            "POST|/api/programs/enrollments/3f2a9c1e-0000-4000-8000-000000000001/drop-out|{\"reason\":\"x\",\"atSession\":-1}|atSession",
            "POST|/api/programs/groups|{\"name\":\"g\",\"facilitators\":[{\"username\":\"a\",\"org\":\"REGION\"}],\"capacity\":5,\"intake\":\"ROLLING\"}|programCode",
            "POST|/api/programs/groups|{\"programCode\":\"AP\",\"name\":\"g\",\"facilitators\":[],\"capacity\":5,\"intake\":\"ROLLING\"}|facilitators",
            "POST|/api/programs/groups|{\"programCode\":\"AP\",\"name\":\"g\",\"facilitators\":[{\"username\":\"a\",\"org\":\"MARS\"}],\"capacity\":5,\"intake\":\"ROLLING\"}|org",
            "POST|/api/programs/groups|{\"programCode\":\"AP\",\"name\":\"g\",\"facilitators\":[{\"username\":\"a\",\"org\":\"REGION\"}],\"capacity\":0,\"intake\":\"ROLLING\"}|capacity",
            "POST|/api/programs/groups|{\"programCode\":\"AP\",\"name\":\"g\",\"facilitators\":[{\"username\":\"a\",\"org\":\"REGION\"}],\"capacity\":5,\"intake\":\"SOMETIMES\"}|intake",
            "POST|/api/programs/groups|{\"programCode\":\"AP\",\"name\":\"g\",\"facilitators\":[{\"username\":\"a\",\"org\":\"REGION\"}],\"capacity\":5,\"intake\":\"ROLLING\",\"start\":\"2026-11-24T17:00:00+01:00\"}|roomId",
            "PUT|/api/programs/groups/3f2a9c1e-0000-4000-8000-000000000001/sessions/3f2a9c1e-0000-4000-8000-000000000002/attendance|{\"participants\":[]}|participants",
    })
    void badInputIsA400NamingTheField(String method, String path, String json, String field) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .body(json).contentType(MediaType.APPLICATION_JSON_TYPE), THERAPIST_REGION);
        assertThat(r.code()).as(json).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.getBody(String.class).orElse("") + body(r)).as(json).contains(field);
        }
    }

    @Test
    void catalogueEditsAreValidatedToo() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.PUT("/api/programs/catalog/ACT", Map.of("name", "ACT",
                "format", "GROUP", "goalType", "ABSTINENCE", "plannedSessions", 0, "orgs", java.util.List.of("REGION"),
                "description", "x")), ADMIN);
        assertThat(r.code()).isEqualTo(400);
        assertThat(body(r).toString()).contains("plannedSessions");
        HttpResponse<Map<String, Object>> badCode = call(HttpRequest.PUT("/api/programs/catalog/act-1", Map.of("name", "ACT",
                "format", "GROUP", "goalType", "ABSTINENCE", "plannedSessions", 8, "orgs", java.util.List.of("REGION"),
                "description", "x")), ADMIN);
        assertThat(badCode.code()).isEqualTo(400);
        HttpResponse<Map<String, Object>> saved = call(HttpRequest.PUT("/api/programs/catalog/ACT", Map.of("name", "ACT",
                "format", "GROUP", "goalType", "REDUCED_USE", "plannedSessions", 8, "orgs", java.util.List.of("REGION"),
                "description", "Acceptance and Commitment Therapy.")), ADMIN);
        assertThat(saved.code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/programs/catalog/ACT"), THERAPIST_REGION).code()).isEqualTo(200);
    }

    @Test
    void unknownIdsAre404() {
        assertThat(call(HttpRequest.GET("/api/programs/enrollments/" + UUID.randomUUID()), THERAPIST_REGION).code()).isEqualTo(404);
        assertThat(call(HttpRequest.GET("/api/programs/groups/" + UUID.randomUUID()), THERAPIST_REGION).code()).isEqualTo(404);
    }
}
