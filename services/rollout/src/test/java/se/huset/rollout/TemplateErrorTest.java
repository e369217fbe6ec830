package se.huset.rollout;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.huset.rollout.RolloutTestSupport;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * service-kit's EagerViewRendering, in a real service: a template that fails while rendering answers a 500 page at
 * once (without it the request hangs until the client gives up). The broken page exists only in this test.
 */
@MicronautTest(transactional = false)
@Property(name = "test.broken-page", value = "true")
class TemplateErrorTest extends RolloutTestSupport {

    @Requires(property = "test.broken-page")
    @Controller("/test-broken-page")
    static class BrokenPage {
        @Get
        @Produces(MediaType.TEXT_HTML)
        @Secured(SecurityRule.IS_ANONYMOUS)
        @View("test/broken")
        Map<String, Object> page() {
            return Map.of("thing", "a string has no property 'missing'");
        }
    }

    @Test
    @Timeout(20)
    void aTemplateErrorAnswersAnErrorPageAtOnce() {
        HttpResponse<?> response = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/test-broken-page").accept(MediaType.TEXT_HTML),
                        String.class)).getResponse();
        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getContentType()).contains(MediaType.TEXT_HTML_TYPE);
        assertThat(response.getBody(String.class).orElseThrow()).contains("Sidan kunde inte visas", "gått förlorat");
        assertThat(response.getHeaders().get("Content-Security-Policy")).as("security headers still set").isNotBlank();
    }
}
