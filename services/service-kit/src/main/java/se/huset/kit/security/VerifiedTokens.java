package se.huset.kit.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens whose signature has already been verified, for at most a minute and never past their own
 * expiry. A browser or API client sends the same token with every request; verifying its RSA signature each time
 * was a fifth of a request's CPU. Only successful verifications are remembered, so a forged, expired or
 * {@code alg: none} token is checked in full every time. A revoked token ({@link RevokedTokens}) is refused whether
 * remembered or not, so remembering never keeps one alive.
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
public class VerifiedTokens implements BeanCreatedEventListener<TokenValidator> {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final RevokedTokens revoked;

    @Inject
    public VerifiedTokens(RevokedTokens revoked) {
        this(Clock.systemUTC(), revoked);
    }

    VerifiedTokens(Clock clock, RevokedTokens revoked) {
        this.clock = clock;
        this.revoked = revoked;
    }

    private record Entry(Authentication authentication, Instant until) {
    }

    @Override
    public TokenValidator onCreated(BeanCreatedEvent<TokenValidator> event) {
        return wrap(event.getBean());
    }

    TokenValidator wrap(TokenValidator delegate) {
        return new TokenValidator() {
            @Override
            public Publisher<Authentication> validateToken(String token, Object request) {
                Entry hit = verified.get(token);
                Mono<Authentication> valid = hit != null && clock.instant().isBefore(hit.until())
                        ? Mono.just(hit.authentication())
                        : Mono.from((Publisher<Authentication>) delegate.validateToken(token, request))
                                .doOnNext(authentication -> remember(token, authentication));
                return valid.filter(authentication -> !revoked.revoked(authentication));
            }

            @Override
            public int getOrder() {
                return delegate.getOrder();
            }
        };
    }

    void remember(String token, Authentication authentication) {
        Instant now = clock.instant();
        Instant until = now.plus(MAX_AGE);
        Instant exp = RevokedTokens.instant(authentication.getAttributes().get("exp"));
        if (exp != null && exp.isBefore(until)) {
            until = exp;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(e -> !now.isBefore(e.until()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, new Entry(authentication, until));
    }
}
