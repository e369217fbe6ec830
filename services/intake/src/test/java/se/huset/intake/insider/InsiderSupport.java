package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.huset.intake.IntakeTestSupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that play an insider of one body probing the other body's data; helpers for reading what was stored. */
abstract class InsiderSupport extends IntakeTestSupport {

    /** Records a consent through the API; answers the response whatever its status. */
    protected HttpResponse<Map<String, Object>> grant(String token, Object clientId, List<String> recipients,
                                                      List<String> categories) {
        return call(HttpRequest.POST("/api/intake/clients/" + clientId + "/consents", Map.of(
                "recipientOrgs", recipients, "categories", categories, "purpose", "CARE_COORDINATION",
                "form", "VERBAL")), token);
    }

    protected Map<String, Object> granted(String token, Object clientId, List<String> recipients,
                                          List<String> categories) {
        HttpResponse<Map<String, Object>> r = grant(token, clientId, recipients, categories);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(201);
        return body(r);
    }

    protected long count(String sql, Object... args) throws Exception {
        return Long.parseLong(rows(sql, args).get(0).get(0));
    }

    /** Every row of the query, each column as text. */
    protected List<List<String>> rows(String sql, Object... args) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    protected static void assertProblem(HttpResponse<?> r, int status) {
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(status);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }
}
