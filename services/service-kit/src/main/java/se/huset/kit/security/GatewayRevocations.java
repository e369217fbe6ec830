package se.huset.kit.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

/**
 * Asks the gateway's internal listener ({@code huset.service-token-url}, where the service tokens come from) for the
 * revocations, with this service's own token (scope {@code revocations:read}).
 */
@Singleton
public class GatewayRevocations implements RevocationSource {

    public static final String PATH = "/api/auth/revocations";

    private final HttpClient gateway;
    private final ServiceTokens tokens;

    public GatewayRevocations(@Client("${huset.service-token-url}") HttpClient gateway, ServiceTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    @Override
    public RevocationList current() {
        return gateway.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(tokens.token()), RevocationList.class);
    }
}
