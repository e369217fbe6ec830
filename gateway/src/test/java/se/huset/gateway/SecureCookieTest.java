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

/** Users reach the suite over https: the session cookie never travels in clear, and browsers are told so (HSTS). */
@MicronautTest(transactional = false)
@Property(name = "huset.public-url", value = "https://huset.example.se")
class SecureCookieTest extends GatewayTestSupport {

    @Test
    void theCookieIsSecureWhenThePublicUrlIsHttps() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> login = call(form("/login", "username=" + username + "&password=" + PASSWORD));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void everyAnswerCarriesStrictTransportSecurityOnce() {
        HttpResponse<String> page = call(HttpRequest.GET("/login"));
        HttpResponse<String> proxied = call(HttpRequest.GET("/api/booking/rooms"));

        assertThat(page.getHeaders().getAll("Strict-Transport-Security")).containsExactly("max-age=31536000; includeSubDomains");
        assertThat(proxied.getHeaders().getAll("Strict-Transport-Security")).hasSize(1);
    }
}
