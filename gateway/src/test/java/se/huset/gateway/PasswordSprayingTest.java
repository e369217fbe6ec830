package se.huset.gateway;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One address trying one password on many usernames is stopped, as one username guessed many times is. */
@MicronautTest(transactional = false)
class PasswordSprayingTest extends GatewayTestSupport {

    @Override
    protected String databaseName() {
        return "gateway_spraying";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.login.max-failures-per-source", "4");
        return p;
    }

    @Test
    void anAddressThatFailedForManyUsernamesIsRefusedEvenWithARightPassword() throws Exception {
        String real = newAccount(Org.KOMMUN, Roles.RECEPTION);
        for (int i = 0; i < 4; i++) {
            // a different username each time: no single account reaches its own limit of five
            assertThat(call(TokenIssuingTest.tokenRequest("sprayed-" + UUID.randomUUID().toString().substring(0, 8), "Sommar2026!"))
                    .code()).isEqualTo(401);
        }
        HttpResponse<String> refused = call(TokenIssuingTest.tokenRequest(real, PASSWORD));
        assertThat(refused.code()).isEqualTo(429);
        assertThat(text(refused)).contains("from this address");
        assertThat(call(form("/login", "username=" + real + "&password=" + PASSWORD)).code())
                .as("the login form counts the same address").isEqualTo(429);

        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(distinct username), count(distinct source) from login_failure")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
            try (ResultSet rs = st.executeQuery("select count(*) from kit_audit where action = 'SIGN_IN' "
                    + "and basis = 'LOCKED_OUT_SOURCE' and username = '" + real + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }
}
