package se.huset.kit.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Roles;
import se.huset.contracts.security.Scopes;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A SERVICE token opens only what its scopes name, here: {@code events:read} this service's event feed,
 * {@code stats:read} its stats, both read only. Any other route (a client record, a write, a page) answers 403,
 * whatever its {@code @Secured} says. Runs before every other rule, so no role list can widen it. That the token
 * is meant for this service at all is checked earlier, with its signature: its {@code aud} claim must name it
 * ({@code micronaut.security.token.jwt.claims-validators.audience}).
 */
@Singleton
public class ServiceScopeRule implements SecurityRule<HttpRequest<?>> {

    static final Integer ORDER = IpPatternsRule.ORDER - 100;

    private final Map<String, String> scopeByPath;

    public ServiceScopeRule(@Value("${huset.service.name}") String service) {
        this.scopeByPath = Map.of(
                "/api/" + service + "/events", Scopes.EVENTS_READ,
                "/api/" + service + "/stats", Scopes.STATS_READ);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !authentication.getRoles().contains(Roles.SERVICE)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return Mono.just(permits(scopes(authentication), request.getMethod(), request.getPath())
                ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    boolean permits(Set<String> scopes, HttpMethod method, String path) {
        String needed = scopeByPath.get(path);
        return method == HttpMethod.GET && needed != null && scopes.contains(needed);
    }

    static Set<String> scopes(Authentication authentication) {
        Object claim = authentication.getAttributes().get(Claims.SCOPE);
        return claim == null ? Set.of()
                : Arrays.stream(claim.toString().split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
