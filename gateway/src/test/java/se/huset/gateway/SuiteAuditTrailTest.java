package se.huset.gateway;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's trail of one user across the suite ({@code GET /api/audit}): merged oldest first, paged without
 * repeats, and a process that does not answer is named, not silently left out. Here intake is down and booking's
 * stand-in answers no log, so the gateway's own part (sign-ins) is what shows.
 */
@MicronautTest(transactional = false)
class SuiteAuditTrailTest extends GatewayTestSupport {

    private static final String AUDITOR = TestTokens.token("auditor", Org.REGION, Roles.AUDITOR);

    @Test
    @SuppressWarnings("unchecked")
    void oneUsersTrailAcrossTheSuiteAPageAtATimeNamingWhatDidNotAnswer() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);
        for (int n = 0; n < 3; n++) {
            call(HttpRequest.POST("/api/auth/token", Map.of("username", username, "password", "wrong-password")));
        }
        call(HttpRequest.POST("/api/auth/token", Map.of("username", username, "password", PASSWORD)));

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/audit?limit=2&username="
                    + username + (after == null ? "" : "&after=" + after)).bearerAuth(AUDITOR),
                    Argument.mapOf(String.class, Object.class));
            assertThat((List<String>) page.get("unavailable")).contains("intake", "booking", "programs");
            ((List<Map<String, Object>>) page.get("items")).forEach(r -> {
                assertThat(r).containsEntry("process", "gateway").containsEntry("username", username);
                seen.add(r.get("action") + " " + r.get("outcome"));
            });
            after = (String) page.get("next");
            pages++;
        } while (after != null && pages < 10);
        assertThat(seen).containsExactly("SIGN_IN DENIED", "SIGN_IN DENIED", "SIGN_IN DENIED", "SIGN_IN ALLOWED",
                "ISSUE_TOKEN ALLOWED");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void onlyTheAuditorAsksAndABadCursorOrDateIs400() {
        String admin = TestTokens.token("admin", Org.REGION, Roles.ADMIN);
        for (var attempt : List.of(
                Map.entry("/api/audit?username=x", admin),
                Map.entry("/api/audit?after=not-a-cursor!", AUDITOR),
                Map.entry("/api/audit?after=" + java.util.Base64.getUrlEncoder().encodeToString("gateway=a b".getBytes()),
                        AUDITOR),
                Map.entry("/api/audit?from=yesterday", AUDITOR))) {
            try {
                http.toBlocking().exchange(HttpRequest.GET(attempt.getKey()).bearerAuth(attempt.getValue()));
                throw new AssertionError(attempt.getKey() + " answered");
            } catch (HttpClientResponseException e) {
                assertThat(e.code()).as(attempt.getKey()).isEqualTo(attempt.getValue().equals(admin) ? 403 : 400);
            }
        }
    }
}
