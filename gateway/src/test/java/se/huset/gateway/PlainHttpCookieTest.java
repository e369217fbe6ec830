package se.huset.gateway;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local development over plain http: a Secure cookie would never be sent back, and HSTS would make the browser
 * refuse http://localhost afterwards.
 */
@MicronautTest(transactional = false)
@Property(name = "huset.public-url", value = "http://localhost:8080")
class PlainHttpCookieTest extends GatewayTestSupport {

    @Test
    void neitherSecureCookieNorStrictTransportSecurityOverHttp() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> login = call(form("/login", "username=" + username + "&password=" + PASSWORD));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
        assertThat(login.getHeaders().contains("Strict-Transport-Security")).isFalse();
        assertThat(call(HttpRequest.GET("/login")).getHeaders().contains("Strict-Transport-Security")).isFalse();
    }
}
