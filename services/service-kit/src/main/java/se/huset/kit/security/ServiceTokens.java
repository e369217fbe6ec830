package se.huset.kit.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * The token a background job presents to other services (role SERVICE). Issued by the gateway's internal listener
 * ({@code huset.service-token-url}, never the public one) against this service's own secret, for the scopes and
 * services the gateway grants this service; renewed a minute before it expires.
 */
@Singleton
public class ServiceTokens {

    private final HttpClient gateway;
    private final String service;
    private final String secret;
    private volatile String token;
    private volatile Instant renewAt = Instant.EPOCH;

    public ServiceTokens(@Client("${huset.service-token-url}") HttpClient gateway,
                         @Value("${huset.service.name}") String service,
                         @Value("${huset.service-secret:}") String secret) {
        this.gateway = gateway;
        this.service = service;
        this.secret = secret;
    }

    public String token() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (token == null || Instant.now().isAfter(renewAt)) {
                    TokenResponse response = gateway.toBlocking().retrieve(
                            HttpRequest.POST("/api/auth/service-token", new ServiceTokenRequest(service, secret)),
                            TokenResponse.class);
                    token = response.access_token();
                    renewAt = Instant.now().plusSeconds(Math.max(10, response.expires_in() - 60));
                }
            }
        }
        return token;
    }

    @Serdeable
    public record ServiceTokenRequest(String service, String secret) {
    }

    @Serdeable
    @SuppressWarnings("checkstyle:RecordComponentName")
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }
}
