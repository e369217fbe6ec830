package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Roles;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.gateway.revocation.Revocations;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Issues the suite's RS256 tokens, signed with the gateway's key: for staff sub, roles, org, unit and name, meant
 * for every process of the suite; for a service its name, role SERVICE and its grant's scopes, meant only for the
 * services it reads ({@code aud}: each process refuses a token not meant for it). Each issue is in the gateway's
 * audit log: who holds a token, with which roles, from when. A staff token has an id of its own ({@code jti}),
 * remembered, so a logout or a change to the account can revoke it ({@link Revocations}).
 */
@Singleton
public class TokenIssuer {

    private static final String AUDIENCE = "aud";
    private static final String TOKEN_ID = "jti";
    /** Staff work across the suite: the gateway and every service. */
    private static final List<String> STAFF_AUDIENCE =
            Stream.concat(Stream.of("gateway"), ServiceGrants.services().stream().sorted()).toList();

    private final JwtTokenGenerator generator;
    private final Duration lifetime;
    private final AuditLog audit;
    private final Revocations revocations;

    public TokenIssuer(JwtTokenGenerator generator, @Value("${huset.token.lifetime:30m}") Duration lifetime,
                       AuditLog audit, Revocations revocations) {
        this.generator = generator;
        this.lifetime = lifetime;
        this.audit = audit;
        this.revocations = revocations;
    }

    public IssuedToken forStaff(StaffAccount account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Claims.ORG, account.org().name());
        attributes.put(Claims.NAME, account.displayName());
        if (account.unit() != null) {
            attributes.put(Claims.UNIT, account.unit());
        }
        attributes.put(AUDIENCE, STAFF_AUDIENCE);
        String id = UUID.randomUUID().toString();
        attributes.put(TOKEN_ID, id);
        IssuedToken token = issue(Authentication.build(account.username(), account.roles(), attributes));
        revocations.issued(id, account.username(), Instant.now().plusSeconds(token.expiresIn()));
        audit.record(new AuditEntry(account.username(), account.org().name(), String.join(",", account.roles()),
                null, "ISSUE_TOKEN", "token/staff", "PASSWORD", AuditEntry.Outcome.ALLOWED));
        return token;
    }

    /**
     * For an account signed in with a one-time password: meant for the gateway only, with no role, and good only
     * for changing the password ({@link PasswordChangeFirst}).
     */
    public IssuedToken forPasswordChange(StaffAccount account) {
        String id = UUID.randomUUID().toString();
        IssuedToken token = issue(Authentication.build(account.username(), List.of(), Map.of(
                Claims.NAME, account.displayName(),
                PasswordChangeFirst.CLAIM, true,
                AUDIENCE, List.of("gateway"),
                TOKEN_ID, id)));
        revocations.issued(id, account.username(), Instant.now().plusSeconds(token.expiresIn()));
        audit.record(new AuditEntry(account.username(), account.org().name(), "", null, "ISSUE_TOKEN",
                "token/password-change", "ONE_TIME_PASSWORD", AuditEntry.Outcome.ALLOWED));
        return token;
    }

    public IssuedToken forService(String service, ServiceGrants.Grant grant) {
        IssuedToken token = issue(Authentication.build("service:" + service, List.of(Roles.SERVICE), Map.of(
                Claims.NAME, service,
                Claims.SCOPE, String.join(" ", new TreeSet<>(grant.scopes())),
                AUDIENCE, List.copyOf(new TreeSet<>(grant.audience())))));
        audit.record(new AuditEntry("service:" + service, null, Roles.SERVICE, null, "ISSUE_TOKEN", "token/service",
                "SERVICE_SECRET", AuditEntry.Outcome.ALLOWED));
        return token;
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
