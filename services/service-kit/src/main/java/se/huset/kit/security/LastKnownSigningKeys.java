package se.huset.kit.security;

import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the gateway's last known signing keys (JWKS) for when a refresh fails. Micronaut fetches the keys again
 * after the provider's {@code cache-expiration} and, if the gateway cannot be reached then, answers an empty key
 * set: while the gateway restarts every service would refuse every token it had not seen yet. Wrapped here, a
 * failed or empty refresh answers the keys fetched last, so tokens the gateway signed before it went down keep
 * working; a token it cannot verify is still refused.
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
public class LastKnownSigningKeys implements BeanCreatedEventListener<JwkSetFetcher> {

    private static final Logger LOG = LoggerFactory.getLogger(LastKnownSigningKeys.class);

    @Override
    public JwkSetFetcher onCreated(@NonNull BeanCreatedEvent<JwkSetFetcher> event) {
        return new KeepingLast((JwkSetFetcher<JWKSet>) event.getBean());
    }

    private static final class KeepingLast implements JwkSetFetcher<JWKSet> {

        private final JwkSetFetcher<JWKSet> fetcher;
        private final Map<String, JWKSet> last = new ConcurrentHashMap<>();

        KeepingLast(JwkSetFetcher<JWKSet> fetcher) {
            this.fetcher = fetcher;
        }

        @Override
        @NonNull
        public Publisher<JWKSet> fetch(@Nullable String providerName, @Nullable String url) {
            if (url == null) {
                return fetcher.fetch(providerName, url);
            }
            return Mono.from(fetcher.fetch(providerName, url))
                    .filter(keys -> !keys.getKeys().isEmpty())
                    .doOnNext(keys -> last.put(url, keys))
                    .onErrorResume(error -> Mono.empty())
                    .switchIfEmpty(Mono.defer(() -> {
                        JWKSet known = last.get(url);
                        if (known == null) {
                            return Mono.empty();
                        }
                        LOG.warn("signing keys from {} not reachable; using the last known ones", url);
                        return Mono.just(known);
                    }));
        }

        @Override
        @NonNull
        public Optional<JWKSet> fetch(@Nullable String url) {
            return Mono.from(fetch(null, url)).blockOptional();
        }

        @Override
        public void clearCache(@NonNull String url) {
            fetcher.clearCache(url);
        }
    }
}
