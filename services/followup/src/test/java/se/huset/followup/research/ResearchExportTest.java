package se.huset.followup.research;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ResearchExportTest extends FollowupTestSupport {

    static final String RESEARCHER = TestTokens.token("researcher", null, "RESEARCHER");
    static final String OTHER_RESEARCHER = TestTokens.token("researcher.two", null, "RESEARCHER");

    @Test
    void eachExportDrawsItsOwnRandomKeysAndIsAudited() throws Exception {
        UUID client = client("FEMALE", 44);
        assertThat(call(HttpRequest.POST("/api/followup/life-situations", Map.ofEntries(Map.entry("clientId", client.toString()),
                Map.entry("housing", "OWN"), Map.entry("occupation", "WORK"), Map.entry("incomeSource", "WAGES"),
                Map.entry("alcoholDays", 3), Map.entry("drugDays", 0), Map.entry("crime", false), Map.entry("health", 3),
                Map.entry("qualityOfLife", 4), Map.entry("treatment", 5), Map.entry("ownGoal", "YES"))), THERAPIST_REGION).code())
                .isEqualTo(201);

        String first = csv((String) body(call(HttpRequest.POST("/api/followup/research-exports", Map.of()), RESEARCHER)).get("id"));
        String second = csv((String) body(call(HttpRequest.POST("/api/followup/research-exports", Map.of()), RESEARCHER)).get("id"));
        assertThat(first).startsWith("pseudonym,sex,ageBand").contains("FEMALE,40-49").doesNotContain(client.toString());
        String firstKey = first.lines().skip(1).filter(l -> l.contains("40-49")).findFirst().orElseThrow().split(",")[0];
        assertThat(second).doesNotContain(firstKey);

        String exportId = (String) body(call(HttpRequest.POST("/api/followup/research-exports", Map.of()), RESEARCHER)).get("id");
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/followup/research-exports/" + exportId + "/csv")
                .bearerAuth(OTHER_RESEARCHER))).isInstanceOf(HttpClientResponseException.class);
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from kit_audit where client_id = '" + client
                     + "' and action like 'RESEARCH_EXPORT%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(5);
        }
    }

    private String csv(String id) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET("/api/followup/research-exports/" + id + "/csv")
                .bearerAuth(RESEARCHER), String.class);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("text/csv");
        return r.body();
    }
}
