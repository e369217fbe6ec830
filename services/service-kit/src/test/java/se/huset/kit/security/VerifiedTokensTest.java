package se.huset.kit.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings({"rawtypes", "unchecked"})
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private final RevokedTokens revoked = new RevokedTokens();

    /**
     * Stands in for the signature check: "good" tokens verify and expire at 10:00:30, with the token itself as their
     * id (jti); anything else fails.
     */
    private final TokenValidator signatureCheck = (token, request) -> {
        verifications.incrementAndGet();
        return token.toString().startsWith("good")
                ? Mono.just(Authentication.build("u", List.of("RECEPTION"), Map.of("jti", token,
                        "exp", Date.from(Instant.parse("2026-11-22T10:00:30Z")))))
                : Mono.empty();
    };

    private TokenValidator cachedValidator() {
        VerifiedTokens tokens = new VerifiedTokens(new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        }, revoked);
        return tokens.wrap(signatureCheck);
    }

    private boolean accepts(TokenValidator validator, String token) {
        return Mono.from((Publisher<Authentication>) validator.validateToken(token, null)).blockOptional().isPresent();
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
        TokenValidator validator = cachedValidator();
        assertThat(accepts(validator, "good-1")).isTrue();
        assertThat(accepts(validator, "good-1")).isTrue();
        assertThat(verifications).hasValue(1);
        now = Instant.parse("2026-11-22T10:00:31Z");
        assertThat(accepts(validator, "good-1")).as("past its exp the token is checked in full again").isTrue();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsCheckedInFullEveryTime() {
        TokenValidator validator = cachedValidator();
        assertThat(accepts(validator, "forged")).isFalse();
        assertThat(accepts(validator, "forged")).isFalse();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRevokedTokenIsRefusedEvenWhileRemembered() {
        TokenValidator validator = cachedValidator();
        assertThat(accepts(validator, "good-1")).isTrue();
        assertThat(accepts(validator, "good-2")).isTrue();

        revoked.replace(new RevocationList(List.of(new RevocationList.RevokedToken("good-1",
                Instant.parse("2026-11-22T10:00:30Z")))));

        assertThat(accepts(validator, "good-1")).as("logged out: refused though its signature was verified").isFalse();
        assertThat(accepts(validator, "good-2")).as("the user's other session").isTrue();
        assertThat(verifications).as("no second signature check was needed to refuse it").hasValue(2);
    }
}
