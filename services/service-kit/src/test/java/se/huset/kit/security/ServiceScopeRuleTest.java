package se.huset.kit.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Scopes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceScopeRuleTest {

    private final ServiceScopeRule rule = new ServiceScopeRule();

    @Test
    void eachScopeOpensOnlyItsOwnRead() {
        Set<String> events = Set.of(Scopes.EVENTS_READ);

        assertThat(rule.permits(events, HttpMethod.GET, "/api/booking/events")).isTrue();
        assertThat(rule.permits(events, HttpMethod.GET, "/api/booking/stats")).isFalse();
        assertThat(rule.permits(events, HttpMethod.POST, "/api/booking/events")).isFalse();
        assertThat(rule.permits(events, HttpMethod.GET, "/api/booking/events/x")).isFalse();
        assertThat(rule.permits(events, HttpMethod.GET, "/booking/events")).isFalse();
        assertThat(rule.permits(events, HttpMethod.GET, "/api/booking/appointments/1")).isFalse();
        assertThat(rule.permits(Set.of(Scopes.STATS_READ), HttpMethod.GET, "/api/booking/stats")).isTrue();
        assertThat(rule.permits(Set.of(), HttpMethod.GET, "/api/booking/events")).isFalse();
        Set<String> revocations = Set.of(Scopes.REVOCATIONS_READ);
        assertThat(rule.permits(revocations, HttpMethod.GET, "/api/auth/revocations")).isTrue();
        assertThat(rule.permits(revocations, HttpMethod.POST, "/api/auth/revocations")).isFalse();
        assertThat(rule.permits(revocations, HttpMethod.GET, "/api/booking/events")).isFalse();
        assertThat(rule.permits(events, HttpMethod.GET, "/api/auth/revocations")).isFalse();
    }

    @Test
    void scopesAreReadFromTheSpaceSeparatedClaim() {
        Authentication token = Authentication.build("service:x", List.of("SERVICE"),
                Map.of("scope", "events:read  stats:read"));

        assertThat(ServiceScopeRule.scopes(token)).containsExactlyInAnyOrder(Scopes.EVENTS_READ, Scopes.STATS_READ);
        assertThat(ServiceScopeRule.scopes(Authentication.build("service:y", List.of("SERVICE")))).isEmpty();
    }
}
