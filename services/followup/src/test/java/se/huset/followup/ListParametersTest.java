package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every paged followup list answers a bad cursor, limit or filter with a 400 naming it, and its page with a message. */
@MicronautTest(transactional = false)
class ListParametersTest extends FollowupTestSupport {

    @Test
    void badListParametersAre400NamingTheParameter() {
        for (String uri : List.of("/api/followup/sips?limit=0", "/api/followup/sips?after=bad", "/api/followup/sips?overdue=yes",
                "/api/followup/frequent-attenders?limit=900", "/api/followup/frequent-attenders?after=bad")) {
            var r = call(HttpRequest.GET(uri), THERAPIST_REGION);
            assertThat(r.code()).as(uri).isEqualTo(400);
            String parameter = uri.substring(uri.indexOf('?') + 1, uri.indexOf('='));
            assertThat(body(r).get("errors").toString()).as(uri).contains("field=" + parameter);
        }
        assertThat(body(call(HttpRequest.GET("/api/followup/sips"), THERAPIST_REGION))).containsKeys("items", "withheld");
        assertThat(body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION))).containsKeys("items", "withheld", "count");
        for (String page : List.of("/followup/sips?limit=x", "/followup/frequent-attenders?after=bad", "/followup/due?to=soon")) {
            HttpClientResponseException e = catchThrowableOfType(
                    () -> http.toBlocking().retrieve(HttpRequest.GET(page).bearerAuth(THERAPIST_REGION)), HttpClientResponseException.class);
            assertThat(e.getStatus().getCode()).as(page).isEqualTo(400);
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).as(page).contains("går inte att använda");
        }
    }
}
