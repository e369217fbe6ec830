package se.huset.kit.security;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationPollerTest {

    private static final Authentication LOGGED_OUT = Authentication.build("u", List.of("RECEPTION"),
            Map.of("jti", "t-1"));

    @Test
    void whenTheGatewayCannotBeReachedTheLastListStaysInForce() {
        AtomicReference<RevocationList> served = new AtomicReference<>(new RevocationList(
                List.of(new RevocationList.RevokedToken("t-1", Instant.now().plusSeconds(600)))));
        RevokedTokens revoked = new RevokedTokens();
        RevocationPoller poller = new RevocationPoller(() -> {
            RevocationList list = served.get();
            if (list == null) {
                throw new IllegalStateException("Connect Error: Connection refused");
            }
            return list;
        }, revoked);

        poller.poll();
        assertThat(revoked.revoked(LOGGED_OUT)).isTrue();

        served.set(null);
        poller.poll();
        assertThat(revoked.revoked(LOGGED_OUT)).as("fail-safe: still revoked while the gateway is away").isTrue();

        served.set(RevocationList.NONE);
        poller.poll();
        assertThat(revoked.revoked(LOGGED_OUT)).as("expired from the gateway's list").isFalse();
    }
}
