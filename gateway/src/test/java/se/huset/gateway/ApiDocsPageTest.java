package se.huset.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.TestTokens;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Swagger UI at /api-docs: a document link for the gateway and each routed service, and every asset it names served. */
@MicronautTest(transactional = false)
class ApiDocsPageTest extends GatewayTestSupport {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:webjars|gateway/assets)/[^\"]+)\"");

    @Test
    void thePageLinksEveryDocumentAndItsAssetsAreServed() {
        String token = TestTokens.token("reader", Org.REGION, Roles.THERAPIST);
        HttpResponse<String> page = call(HttpRequest.GET("/api-docs").bearerAuth(token).accept("text/html"));

        assertThat(page.code()).isEqualTo(200);
        String html = text(page);
        for (String process : List.of("gateway", "booking", "intake", "programs")) {
            assertThat(html).contains("href=\"/api/" + process + "/openapi.yml\"");
        }
        assertThat(html).doesNotContain("/api/housing/openapi.yml");
        Matcher assets = ASSET.matcher(html);
        int found = 0;
        while (assets.find()) {
            String asset = assets.group(1);
            assertThat(call(HttpRequest.GET(asset)).code()).as(asset).isEqualTo(200);
            found++;
        }
        assertThat(found).as("swagger-ui's CSS, its two scripts and the initializer, beside the layout's").isGreaterThanOrEqualTo(4);
        assertThat(html).contains("/webjars/swagger-ui/", "/gateway/assets/api-docs.js");
    }

    @Test
    void theGatewaysOwnDocumentIsServedToSignedInUsers() {
        String token = TestTokens.token("reader", Org.KOMMUN, Roles.STEERING);
        HttpResponse<String> document = call(HttpRequest.GET("/api/gateway/openapi.yml").bearerAuth(token));

        assertThat(document.code()).isEqualTo(200);
        assertThat(text(document)).startsWith("openapi: 3").contains("title: HUSET gateway", "/api/auth/token:");
    }
}
