package se.huset.gateway;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "huset.cookie.secure", value = "true")
class SecureCookieTest extends GatewayTestSupport {

    @Test
    void theCookieIsSecureWhenConfigured() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> login = call(form("/login", "username=" + username + "&password=" + PASSWORD));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
    }
}
