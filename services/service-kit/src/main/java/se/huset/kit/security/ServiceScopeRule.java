package se.huset.kit.security;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A SERVICE token opens only what its scopes name: {@code events:read} the event feed ({@code GET /api/{service}/events}),
 * {@code stats:read} the stats ({@code GET /api/{service}/stats}), {@code revocations:read} the gateway's list of
 * revoked tokens ({@code GET /api/auth/revocations}, internal listener only), all read only. Any other route (a client record, a
 * write, a page) answers 403, whatever its {@code @Secured} says. Runs before every other rule, so no role list can
 * widen it. The scope says what, the audience where: that the token is meant for this service at all is checked
 * earlier, with its signature ({@code aud} must name it: {@code micronaut.security.token.jwt.claims-validators.audience}).
 */
@Singleton
public class ServiceScopeRule implements SecurityRule<HttpRequest<?>> {

    static final Integer ORDER = IpPatternsRule.ORDER - 100;

    private static final Pattern SERVICE_READ = Pattern.compile("/api/[a-z][a-z0-9-]*/(events|stats)");
    private static final Map<String, String> SCOPE_BY_READ = Map.of(
            "events", Scopes.EVENTS_READ,
            "stats", Scopes.STATS_READ);
    private static final Map<String, String> SCOPE_BY_PATH = Map.of(
            GatewayRevocations.PATH, Scopes.REVOCATIONS_READ);

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !authentication.getRoles().contains(Roles.SERVICE)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return Mono.just(permits(scopes(authentication), request.getMethod(), request.getPath())
                ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    boolean permits(Set<String> scopes, HttpMethod method, String path) {
        if (method != HttpMethod.GET) {
            return false;
        }
        String exact = SCOPE_BY_PATH.get(path);
        if (exact != null) {
            return scopes.contains(exact);
        }
        Matcher read = SERVICE_READ.matcher(path);
        return read.matches() && scopes.contains(SCOPE_BY_READ.get(read.group(1)));
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
