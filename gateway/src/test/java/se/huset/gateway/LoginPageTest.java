package se.huset.gateway;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginPageTest extends GatewayTestSupport {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void theLoginFormIsSwedishLabelledAndHasNoInlineScript() {
        HttpResponse<String> page = call(HttpRequest.GET("/login?next=/admin/accounts").accept("text/html"));

        assertThat(page.code()).isEqualTo(200);
        String html = text(page);
        assertThat(html).contains("lang=\"sv\"", "<label for=\"username\"", "Användarnamn", "<label for=\"password\"",
                "Lösenord", "name=\"next\" value=\"/admin/accounts\"");
        assertThat(INLINE_SCRIPT.matcher(html).find()).isFalse();
        assertThat(html).doesNotContain(" onclick=", " onload=", " onsubmit=");
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieThatOpensTheHomePage() {
        String username = newAccount(Org.REGION, Roles.THERAPIST);

        HttpResponse<String> login = call(form("/login", "username=" + username + "&password=" + PASSWORD));

        assertThat(login.code()).isEqualTo(303);
        assertThat(login.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/");
        String cookie = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("HUSET_TOKEN=").containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict").contains("Path=/").doesNotContainIgnoringCase("Secure;");
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> home = call(HttpRequest.GET("/").header(HttpHeaders.COOKIE, session).accept("text/html"));

        assertThat(home.code()).isEqualTo(200);
        assertThat(text(home)).contains("Välkommen, Test " + username, "/intake/triage");
        assertThat(text(home)).doesNotContain("/admin/accounts");
    }

    @Test
    void nextIsFollowedOnlyWhenItIsALocalPath() {
        String username = newAccount(Org.KOMMUN, Roles.RECEPTION);
        assertThat(loginWithNext(username, "/intake/triage?x=1")).isEqualTo("/intake/triage?x=1");
        for (String foreign : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "evil.example", "/%0d%0aSet-Cookie:x=y".replace("%0d%0a", "\r\n"))) {
            assertThat(loginWithNext(username, foreign)).as(foreign).isEqualTo("/");
        }
    }

    @Test
    void wrongPasswordShowsTheMessageNextToTheField() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> page = call(form("/login", "username=" + username + "&password=nope"));

        assertThat(page.code()).isEqualTo(401);
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(text(page)).contains("id=\"password-error\"", "Fel användarnamn eller lösenord",
                "aria-describedby=\"password-error\"", "value=\"" + username + "\"");
    }

    @Test
    void emptyFieldsAreNamedNextToEachField() {
        HttpResponse<String> page = call(form("/login", "username=&password="));

        assertThat(page.code()).isEqualTo(400);
        assertThat(text(page)).contains("id=\"username-error\"", "Fyll i ditt användarnamn",
                "id=\"password-error\"", "Fyll i ditt lösenord");
    }

    @Test
    void theFormIsThrottledLikeTheApi() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);
        for (int i = 0; i < 5; i++) {
            assertThat(call(form("/login", "username=" + username + "&password=wrong")).code()).isEqualTo(401);
        }

        HttpResponse<String> sixth = call(form("/login", "username=" + username + "&password=" + PASSWORD));

        assertThat(sixth.code()).isEqualTo(429);
        assertThat(text(sixth)).contains("För många misslyckade inloggningar");
    }

    @Test
    void logoutClearsTheCookieAndReturnsToLogin() {
        HttpResponse<String> logout = call(form("/logout", ""));

        assertThat(logout.code()).isEqualTo(303);
        assertThat(logout.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/login");
        assertThat(logout.getHeaders().get(HttpHeaders.SET_COOKIE)).startsWith("HUSET_TOKEN=;")
                .contains("Max-Age=0");
    }

    @Test
    void anonymousBrowsersAreSentToLogin() {
        HttpResponse<String> home = call(HttpRequest.GET("/").accept("text/html"));

        assertThat(home.code()).isEqualTo(303);
        assertThat(home.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/login?next=%2F");
    }

    private String loginWithNext(String username, String next) {
        HttpResponse<String> login = call(form("/login", "username=" + username + "&password=" + PASSWORD
                + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        assertThat(login.code()).isEqualTo(303);
        return login.getHeaders().get(HttpHeaders.LOCATION);
    }
}
