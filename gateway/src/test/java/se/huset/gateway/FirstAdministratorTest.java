package se.huset.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.huset.contracts.security.Roles;
import se.huset.gateway.accounts.Accounts;
import se.huset.gateway.accounts.FirstAdministrator;
import se.huset.gateway.accounts.PasswordHasher;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.kit.testing.TestDatabase;

import java.net.HttpCookie;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new installation, no demo switch, no account: the gateway creates {@code admin} with a one-time password (here
 * the operator's HUSET_FIRST_ADMIN_PASSWORD), and whoever has it can do nothing but choose a password of their own.
 */
@MicronautTest(transactional = false)
class FirstAdministratorTest extends GatewayTestSupport {

    private static final String ONE_TIME = "engangs-losen-123";

    @Override
    protected String databaseName() {
        return "gateway_first_admin";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.first-admin.password", ONE_TIME);
        return p;
    }

    @Test
    void theOneTimePasswordOpensOnlyThePasswordChange() throws Exception {
        StaffAccount admin = accounts.byUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();

        HttpResponse<String> api = call(HttpRequest.POST("/api/auth/token", Map.of("username", "admin", "password", ONE_TIME)));
        assertThat(api.code()).as("no API token for a one-time password").isEqualTo(403);
        assertThat(contentType(api)).startsWith("application/problem+json");

        HttpResponse<String> login = call(form("/login", "username=admin&password=" + ONE_TIME + "&next=/admin/accounts"));
        assertThat(login.code()).isEqualTo(303);
        assertThat(login.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/account/password");
        String oneTimeToken = sessionToken(login);
        JWTClaimsSet claims = SignedJWT.parse(oneTimeToken).getJWTClaimsSet();
        assertThat(claims.getAudience()).as("no service accepts it").containsExactly("gateway");
        assertThat(claims.getStringListClaim("roles")).isEmpty();

        assertThat(call(HttpRequest.GET("/").bearerAuth(oneTimeToken)).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(oneTimeToken)).code()).isEqualTo(403);
        assertThat(call(form("/admin/accounts", "username=mallory&displayName=M&password=ett-langt-losen"
                + "&roles=THERAPIST&org=REGION").bearerAuth(oneTimeToken)).code()).isEqualTo(403);
        assertThat(accounts.byUsername("mallory")).isEmpty();
        assertThat(text(call(HttpRequest.GET("/account/password").bearerAuth(oneTimeToken))))
                .contains("id=\"current\"", "id=\"password\"", "id=\"repeat\"");

        assertThat(call(form("/account/password", "current=fel-losenord-1&password=mitt-eget-losen&repeat=mitt-eget-losen")
                .bearerAuth(oneTimeToken)).code()).as("the current password is asked for").isEqualTo(400);
        assertThat(call(form("/account/password", "current=" + ONE_TIME + "&password=mitt-eget-losen&repeat=annat-losen-1")
                .bearerAuth(oneTimeToken)).code()).isEqualTo(400);
        HttpResponse<String> changed = call(form("/account/password",
                "current=" + ONE_TIME + "&password=mitt-eget-losen&repeat=mitt-eget-losen").bearerAuth(oneTimeToken));

        assertThat(changed.code()).isEqualTo(303);
        assertThat(changed.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/");
        String ordinary = sessionToken(changed);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(ordinary)).code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/account/password").bearerAuth(oneTimeToken)).code())
                .as("the one-time session ends with the change").isEqualTo(401);
        assertThat(accounts.byUsername("admin").orElseThrow().mustChangePassword()).isFalse();
        assertThat(call(HttpRequest.POST("/api/auth/token", Map.of("username", "admin", "password", ONE_TIME))).code())
                .isEqualTo(401);
        assertThat(call(HttpRequest.POST("/api/auth/token", Map.of("username", "admin", "password", "mitt-eget-losen")))
                .code()).isEqualTo(200);
    }

    @Test
    void withoutAGivenPasswordARandomOneIsPrintedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.putAll(TestDatabase.fresh("gateway_first_random").properties());
        properties.remove("huset.first-admin.password");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            String line = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("one-time password")).findFirst().orElseThrow();
            String printed = line.replaceAll(".*one-time password (\\S+) \\(shown only this once.*", "$1");
            StaffAccount admin = context.getBean(Accounts.class).byUsername("admin").orElseThrow();

            assertThat(printed).hasSizeGreaterThanOrEqualTo(20);
            assertThat(context.getBean(PasswordHasher.class).matches(printed, admin.passwordHash())).isTrue();
            assertThat(admin.mustChangePassword()).isTrue();
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void withTheDemoSwitchOnTheDemoAccountsAreTheWayInInstead() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.putAll(TestDatabase.fresh("gateway_demo_on").properties());
        properties.put("huset.demo.enabled", "true");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            assertThat(context.getBean(Accounts.class).all()).isEmpty();
        }
    }

    @Test
    void startUpIsRefusedWithTheDemoSwitchOnAndAnHttpsPublicUrl() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("huset.demo.enabled", "true");
        properties.put("huset.public-url", "https://huset.example.se");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                .hasStackTraceContaining("HUSET_DEMO (huset.demo.enabled) is on while HUSET_PUBLIC_URL is "
                        + "https://huset.example.se");
    }

    private static String sessionToken(HttpResponse<?> response) {
        return HttpCookie.parse(response.getHeaders().get(HttpHeaders.SET_COOKIE)).get(0).getValue();
    }
}
