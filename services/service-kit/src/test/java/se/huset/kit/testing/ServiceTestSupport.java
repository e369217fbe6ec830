package se.huset.kit.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base for {@code @MicronautTest} classes of a service: its own fresh PostgreSQL database, and the test token key
 * in place of the gateway's JWKS (pointed at a closed port so it is never used).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTestSupport implements TestPropertyProvider {

    /** Long and random-looking enough for {@code SecretStrength}; only ever used in tests. */
    public static final String TEST_SECRET = "test-only-service-secret-4f8a1c9e2b7d";

    @Inject
    @Client("/")
    protected HttpClient http;

    /** The module's database name, e.g. {@code intake}. */
    protected abstract String databaseName();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.named(databaseName()).properties());
        p.put("huset.jwks-url", "http://127.0.0.1:9/.well-known/jwks.json");
        p.put("huset.service-secret", TEST_SECRET);
        // tests anchor the audit log when they mean to (AuditAnchor.anchorHead), not every minute
        p.put("huset.audit.anchor-interval", "1h");
        p.put("micronaut.server.port", "-1");
        return p;
    }

    protected TestDatabase database() {
        return TestDatabase.named(databaseName());
    }

    /** Sends the request (with the token, when there is one) and answers the response whatever its status. */
    /**
     * The test tokens' units work with every client the service's tables name so far (every table with a
     * {@code client_id}), as intake's feed would have announced: for tests of worklists that are not about
     * need-to-know. Safe to call again.
     */
    protected void theTestUnitsWorkWithEveryClient() {
        try (java.sql.Connection c = database().connect(); java.sql.Statement st = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("""
                    select table_name from information_schema.columns where table_schema = current_schema()
                    and column_name = 'client_id' and table_name not like 'kit\\_%'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                for (String unit : java.util.List.of(TestTokens.REGION_UNIT, TestTokens.KOMMUN_UNIT)) {
                    st.execute("insert into kit_care_relationship (client_id, party, ref, basis, started_at) "
                            + "select distinct client_id, 'unit:" + unit + "', 'test', 'CONTACT_UNIT', now() from "
                            + table + " where client_id is not null on conflict do nothing");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<Map<String, Object>> call(MutableHttpRequest<?> request, String token) {
        try {
            if (token != null) {
                request.bearerAuth(token);
            }
            return http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            return response;
        }
    }

    protected Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow(
                () -> new AssertionError("no JSON body; status " + response.code()));
    }
}
