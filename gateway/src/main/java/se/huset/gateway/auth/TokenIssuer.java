package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Roles;
import se.huset.gateway.accounts.StaffAccount;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Issues the suite's RS256 tokens: sub, roles, org, unit and name, signed with the gateway's key. */
@Singleton
public class TokenIssuer {

    private final JwtTokenGenerator generator;
    private final Duration lifetime;

    public TokenIssuer(JwtTokenGenerator generator, @Value("${huset.token.lifetime:30m}") Duration lifetime) {
        this.generator = generator;
        this.lifetime = lifetime;
    }

    public IssuedToken forStaff(StaffAccount account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Claims.ORG, account.org().name());
        attributes.put(Claims.NAME, account.displayName());
        if (account.unit() != null) {
            attributes.put(Claims.UNIT, account.unit());
        }
        return issue(Authentication.build(account.username(), account.roles(), attributes));
    }

    public IssuedToken forService(String service) {
        return issue(Authentication.build("service:" + service, List.of(Roles.SERVICE),
                Map.of(Claims.NAME, service)));
    }

    public Duration lifetime() {
        return lifetime;
    }

    private IssuedToken issue(Authentication authentication) {
        int seconds = (int) lifetime.toSeconds();
        String token = generator.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("the token generator produced no token"));
        return new IssuedToken(token, seconds);
    }

    public record IssuedToken(String token, long expiresIn) {
    }
}
