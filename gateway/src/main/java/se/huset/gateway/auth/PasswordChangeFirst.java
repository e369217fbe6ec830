package se.huset.gateway.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * A session signed in with a one-time password (the token's {@code must_change_password} claim) opens the page
 * that changes it and nothing else: every other route answers 403, whatever its {@code @Secured} says. The token is
 * also meant for the gateway only and carries no role, so no service accepts it either.
 */
@Singleton
public class PasswordChangeFirst implements SecurityRule<HttpRequest<?>> {

    public static final String CLAIM = "must_change_password";
    private static final Set<String> OPEN = Set.of(PasswordController.PATH, "/logout", "/lang");

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !mustChangePassword(authentication)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request.getPath();
        boolean open = OPEN.contains(path) || path.startsWith("/assets/") || path.startsWith("/webjars/");
        return Mono.just(open ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    static boolean mustChangePassword(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(CLAIM));
    }

    @Override
    public int getOrder() {
        return IpPatternsRule.ORDER - 100;
    }
}
