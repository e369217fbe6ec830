package se.huset.gateway.proxy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HopByHopTest {

    @Test
    void removesStandardHopByHopHeadersAndThoseNamedInConnection() {
        MutableHttpHeaders headers = HttpRequest.GET("/")
                .header("Connection", "keep-alive, X-Private")
                .header("X-Private", "1")
                .header("Keep-Alive", "timeout=5")
                .header("Transfer-Encoding", "chunked")
                .header("Upgrade", "h2c")
                .header("TE", "trailers")
                .header("Proxy-Authorization", "Basic eA==")
                .header("Authorization", "Bearer t")
                .header("Cookie", "a=b")
                .header("X-Correlation-Id", "c1")
                .getHeaders();

        HopByHop.strip(headers);

        assertThat(headers.names()).containsExactlyInAnyOrder("Authorization", "Cookie", "X-Correlation-Id");
    }
}
