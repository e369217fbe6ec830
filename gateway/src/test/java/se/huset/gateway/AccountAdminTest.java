package se.huset.gateway;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.kit.testing.TestTokens;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountAdminTest extends GatewayTestSupport {

    private final String admin = TestTokens.token("admin", Org.REGION, Roles.ADMIN);

    @Test
    void nonAdminsAreRefused() {
        String therapist = TestTokens.token("t", Org.REGION, Roles.THERAPIST);

        HttpResponse<String> list = call(HttpRequest.GET("/admin/accounts").bearerAuth(therapist));
        HttpResponse<String> create = call(form("/admin/accounts", "username=x").bearerAuth(therapist));

        assertThat(list.code()).isEqualTo(403);
        assertThat(contentType(list)).startsWith("application/problem+json");
        assertThat(create.code()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesEditsDisablesAndEnablesAnAccountThroughTheForms() {
        HttpResponse<String> created = call(form("/admin/accounts", "username=Nya.Kollegan&displayName=Nya+Kollegan"
                + "&password=ett-langt-losen&roles=THERAPIST&roles=AUDITOR&org=KOMMUN&unit=Nexus").bearerAuth(admin));

        assertThat(created.code()).isEqualTo(303);
        assertThat(created.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo("/admin/accounts");
        StaffAccount account = accounts.byUsername("nya.kollegan").orElseThrow();
        assertThat(account.roles()).containsExactly(Roles.AUDITOR, Roles.THERAPIST);
        assertThat(account.org()).isEqualTo(Org.KOMMUN);
        assertThat(signIn("nya.kollegan", "ett-langt-losen")).isEqualTo(200);
        assertThat(text(call(HttpRequest.GET("/admin/accounts").bearerAuth(admin)))).contains("nya.kollegan");

        HttpResponse<String> editPage = call(HttpRequest.GET("/admin/accounts/" + account.id()).bearerAuth(admin));
        assertThat(editPage.code()).isEqualTo(200);
        assertThat(text(editPage)).contains("value=\"Nya Kollegan\"", "id=\"role-THERAPIST\"");

        HttpResponse<String> edited = call(form("/admin/accounts/" + account.id(),
                "displayName=Nya+K&roles=RECEPTION&org=REGION&unit=Beroendeenheten&password=").bearerAuth(admin));
        assertThat(edited.code()).isEqualTo(303);
        StaffAccount after = accounts.byId(account.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("Nya K");
        assertThat(after.roles()).containsExactly(Roles.RECEPTION);
        assertThat(after.org()).isEqualTo(Org.REGION);
        assertThat(signIn("nya.kollegan", "ett-langt-losen")).as("empty password keeps the old one").isEqualTo(200);

        assertThat(call(form("/admin/accounts/" + account.id() + "/disable", "").bearerAuth(admin)).code())
                .isEqualTo(303);
        assertThat(accounts.byId(account.id()).orElseThrow().enabled()).isFalse();
        assertThat(signIn("nya.kollegan", "ett-langt-losen")).isEqualTo(401);

        assertThat(call(form("/admin/accounts/" + account.id() + "/enable", "").bearerAuth(admin)).code())
                .isEqualTo(303);
        assertThat(signIn("nya.kollegan", "ett-langt-losen")).isEqualTo(200);
    }

    @Test
    void invalidInputIsShownNextToTheFieldsAndNothingIsSaved() {
        HttpResponse<String> page = call(form("/admin/accounts",
                "username=X&displayName=&password=kort&org=NOPE&roles=SERVICE").bearerAuth(admin));

        assertThat(page.code()).isEqualTo(400);
        assertThat(text(page)).contains("id=\"username-error\"", "id=\"displayName-error\"", "id=\"password-error\"",
                "id=\"roles-error\"", "id=\"org-error\"", "Välj minst en roll.");
        assertThat(accounts.byUsername("x")).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefused() {
        String existing = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> page = call(form("/admin/accounts", "username=" + existing
                + "&displayName=Dubblett&password=ett-langt-losen&roles=RECEPTION&org=REGION").bearerAuth(admin));

        assertThat(page.code()).isEqualTo(409);
        assertThat(text(page)).contains("Användarnamnet är redan upptaget.");
    }

    @Test
    void unknownAccountsAnswer404ProblemJson() {
        HttpResponse<String> missing = call(HttpRequest.GET("/admin/accounts/987654").bearerAuth(admin));
        HttpResponse<String> notANumber = call(form("/admin/accounts/abc/disable", "").bearerAuth(admin));

        assertThat(missing.code()).isEqualTo(404);
        assertThat(contentType(missing)).startsWith("application/problem+json");
        assertThat(notANumber.code()).isEqualTo(400);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        String username = newAccount(Org.REGION, Roles.ADMIN);
        String self = TestTokens.token(username, Org.REGION, Roles.ADMIN);

        HttpResponse<String> response = call(form("/admin/accounts/" + idOf(username) + "/disable", "").bearerAuth(self));

        assertThat(response.code()).isEqualTo(409);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(accounts.byUsername(username).orElseThrow().enabled()).isTrue();
        assertThat(text(call(HttpRequest.GET("/admin/accounts").bearerAuth(self))))
                .doesNotContain("aria-label=\"Inaktivera " + username + "\"");
    }

    private int signIn(String username, String password) {
        return call(HttpRequest.POST("/api/auth/token", Map.of("username", username, "password", password))).code();
    }
}
