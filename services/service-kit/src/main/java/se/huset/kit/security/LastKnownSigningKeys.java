package se.huset.kit.security;

import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.jwks.DefaultJwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwksClient;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's signing keys (JWKS), fetched again after the provider's {@code cache-expiration} (Micronaut's
 * setting, {@code micronaut.security.token.jwt.signatures.jwks.gateway.cache-expiration}, 60 s by default) or when a
 * token names a key not yet seen, and kept when the gateway cannot be reached. Micronaut's own cache answers an empty key set when a
 * refresh fails, so while the gateway restarts every service would refuse every token it had not seen; with the
 * last known keys, tokens the gateway signed before it went down keep working.
 */
@Singleton
@Replaces(DefaultJwkSetFetcher.class)   // and its caching subclass, Micronaut's default
public class LastKnownSigningKeys implements JwkSetFetcher<JWKSet> {

    private static final Logger LOG = LoggerFactory.getLogger(LastKnownSigningKeys.class);

    private record Known(JWKSet keys, Instant fetchedAt) {
    }

    private static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(60);

    private final DefaultJwkSetFetcher source;
    private final Map<String, Duration> maxAgeByProvider = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public LastKnownSigningKeys(JwksClient jwksClient, List<JwksSignatureConfiguration> providers) {
        this.source = new DefaultJwkSetFetcher(jwksClient);
        providers.forEach(p -> maxAgeByProvider.put(p.getName(),
                p.getCacheExpiration() == null ? DEFAULT_MAX_AGE : Duration.ofSeconds(p.getCacheExpiration())));
    }

    @Override
    @NonNull
    public Publisher<JWKSet> fetch(@Nullable String providerName, @Nullable String url) {
        if (url == null) {
            return Mono.empty();
        }
        Known last = known.get(url);
        Duration maxAge = providerName == null ? DEFAULT_MAX_AGE : maxAgeByProvider.getOrDefault(providerName, DEFAULT_MAX_AGE);
        if (last != null && clock.instant().isBefore(last.fetchedAt().plus(maxAge))) {
            return Mono.just(last.keys());
        }
        return Mono.from(source.fetch(providerName, url))
                .filter(keys -> !keys.getKeys().isEmpty())
                .doOnNext(keys -> known.put(url, new Known(keys, clock.instant())))
                .onErrorResume(error -> Mono.empty())
                .switchIfEmpty(Mono.defer(() -> {
                    if (last == null) {
                        return Mono.empty();
                    }
                    LOG.warn("signing keys from {} not reachable; using the last known ones", url);
                    return Mono.just(last.keys());
                }));
    }

    @Override
    @NonNull
    public Optional<JWKSet> fetch(@Nullable String url) {
        return Mono.from(fetch(null, url)).blockOptional();
    }

    /** A token named an unknown key: ask again next time, keeping what is known should the gateway be away. */
    @Override
    public void clearCache(@NonNull String url) {
        known.computeIfPresent(url, (u, last) -> new Known(last.keys(), Instant.EPOCH));
    }
}
