package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.gateway.accounts.Accounts;
import se.huset.gateway.accounts.PasswordHasher;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password, with throttling: after {@code huset.login.max-failures} failed attempts for a
 * username within {@code huset.login.window}, further attempts are refused, even with the right password; and after
 * {@code huset.login.max-failures-per-source} failed attempts from one address (for any usernames: password
 * spraying), every attempt from it is refused for the window. Failures
 * live in the database, so every replica sees them and a restart forgets nothing. Attempts for one username run
 * one at a time (advisory lock), so parallel guesses cannot slip past the limit. Every attempt, whatever its
 * outcome, is in the gateway's audit log (sign-ins, failed sign-ins, lockouts).
 */
@Singleton
public class SignIn {

    private final JdbcOperations jdbc;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final int maxFailures;
    private final int maxFailuresPerSource;
    private final Duration window;
    private final AuditLog audit;

    public SignIn(JdbcOperations jdbc, Accounts accounts, PasswordHasher hasher, AuditLog audit,
                  @Value("${huset.login.max-failures:5}") int maxFailures,
                  @Value("${huset.login.max-failures-per-source:50}") int maxFailuresPerSource,
                  @Value("${huset.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.hasher = hasher;
        this.maxFailures = maxFailures;
        this.maxFailuresPerSource = maxFailuresPerSource;
        this.window = window;
        this.audit = audit;
    }

    public Duration window() {
        return window;
    }

    /** {@code source}: the client's address as the server resolves it (behind a proxy, its forwarding header). */
    @Transactional
    public SignInResult attempt(String username, String password, String source) {
        String name = Accounts.normalise(username);
        lock(name);
        if (recentFailures(name) >= maxFailures) {
            logAttempt(name, null, "LOCKED_OUT", AuditEntry.Outcome.DENIED);
            return new SignInResult.Throttled();
        }
        if (recentFailuresFrom(source) >= maxFailuresPerSource) {
            logAttempt(name, null, "LOCKED_OUT_SOURCE", AuditEntry.Outcome.DENIED);
            return new SignInResult.Throttled();
        }
        Optional<StaffAccount> account = accounts.byUsername(name);
        boolean passwordOk = account.map(a -> hasher.matches(password, a.passwordHash())).orElseGet(() -> {
            hasher.spendEqualTime(password);
            return false;
        });
        if (passwordOk && account.get().enabled()) {
            clearFailures(name);
            logAttempt(name, account.get(), "PASSWORD", AuditEntry.Outcome.ALLOWED);
            return new SignInResult.Success(account.get());
        }
        recordFailure(name, source);
        logAttempt(name, account.orElse(null), passwordOk ? "ACCOUNT_DISABLED" : "BAD_CREDENTIALS",
                AuditEntry.Outcome.DENIED);
        return new SignInResult.Refused();
    }

    /** In the attempt's transaction: a lockout's counted failure and its audit row commit together. */
    private void logAttempt(String name, @Nullable StaffAccount account, String basis, AuditEntry.Outcome outcome) {
        audit.record(new AuditEntry(name, account == null ? null : account.org().name(),
                account == null ? "" : String.join(",", account.roles()), null, "SIGN_IN", "login", basis, outcome));
    }

        private void lock(String name) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext('huset-login:' || ?))", ps -> {
            ps.setString(1, name);
            return ps.execute();
        });
    }

    private long recentFailures(String name) {
        jdbc.prepareStatement("delete from login_failure where username = ? and failed_at < now() - ?::interval",
                ps -> bind(ps, name).executeUpdate());
        return jdbc.prepareStatement(
                "select count(*) from login_failure where username = ? and failed_at >= now() - ?::interval", ps -> {
                    try (ResultSet rs = bind(ps, name).executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private long recentFailuresFrom(String source) {
        return jdbc.prepareStatement(
                "select count(*) from login_failure where source = ? and failed_at >= now() - ?::interval", ps -> {
                    try (ResultSet rs = bind(ps, source).executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private void recordFailure(String name, String source) {
        jdbc.prepareStatement("insert into login_failure (username, source) values (?, ?)", ps -> {
            ps.setString(1, name);
            ps.setString(2, source);
            return ps.executeUpdate();
        });
    }

    private void clearFailures(String name) {
        jdbc.prepareStatement("delete from login_failure where username = ?", ps -> {
            ps.setString(1, name);
            return ps.executeUpdate();
        });
    }

    /** A username's or an address's failures within the window. */
    private PreparedStatement bind(PreparedStatement ps, String key) throws java.sql.SQLException {
        ps.setString(1, key);
        ps.setString(2, window.toSeconds() + " seconds");
        return ps;
    }
}
