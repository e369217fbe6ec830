package se.huset.gateway;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.kit.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin as insider: granting themselves a clinical role would open client data to them, and changes to others'
 * accounts must be traceable afterwards, with what was there before.
 */
@MicronautTest(transactional = false)
class AccountChangeAuditTest extends GatewayTestSupport {

    private static final String AUDITOR = TestTokens.token("auditor", Org.REGION, Roles.AUDITOR);

    @Test
    void anAdminCannotChangeTheirOwnRoles() {
        String username = newAccount(Org.REGION, Roles.ADMIN);
        String self = TestTokens.token(username, Org.REGION, Roles.ADMIN);

        HttpResponse<String> response = call(form("/admin/accounts/" + idOf(username),
                "displayName=Sj%C3%A4lv&roles=ADMIN&roles=THERAPIST&org=REGION&unit=Nexus").bearerAuth(self));

        assertThat(response.code()).isEqualTo(403);
        assertThat(contentType(response)).startsWith("application/problem+json");
        StaffAccount after = accounts.byUsername(username).orElseThrow();
        assertThat(after.roles()).containsExactly(Roles.ADMIN);
        assertThat(after.displayName()).as("nothing of the edit is saved").isEqualTo("Test " + username);
        assertThat(trail(username)).isEmpty();

        HttpResponse<String> ownName = call(form("/admin/accounts/" + idOf(username),
                "displayName=Sj%C3%A4lv&roles=ADMIN&org=REGION&unit=Nexus").bearerAuth(self));
        assertThat(ownName.code()).as("the rest of their own account is theirs to edit").isEqualTo(303);
    }

    @Test
    void roleAndPasswordChangesAreLoggedWithBeforeAndAfterButNeverThePassword() {
        String admin = "admin." + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.token(admin, Org.REGION, Roles.ADMIN);
        String colleague = newAccount(Org.REGION, Roles.RECEPTION);

        call(form("/admin/accounts/" + idOf(colleague), "displayName=Kollega&roles=RECEPTION&roles=THERAPIST"
                + "&org=KOMMUN&unit=Nexus&password=ett-hemligt-losen").bearerAuth(token));

        List<Map<String, Object>> trail = trail(admin);
        assertThat(trail).extracting(r -> r.get("action") + " " + r.get("resource") + " " + r.get("basis"))
                .containsExactly("CHANGE_ROLES account/" + colleague + " RECEPTION -> RECEPTION,THERAPIST",
                        "CHANGE_BODY account/" + colleague + " REGION Nexus -> KOMMUN Nexus",
                        "RESET_PASSWORD account/" + colleague + " password reset");
        assertThat(trail.toString()).doesNotContain("ett-hemligt-losen", "$2a$",
                accounts.byUsername(colleague).orElseThrow().passwordHash());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trail(String username) {
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/gateway/audit?username=" + username)
                .bearerAuth(AUDITOR), Argument.mapOf(String.class, Object.class));
        return (List<Map<String, Object>>) page.get("items");
    }
}
