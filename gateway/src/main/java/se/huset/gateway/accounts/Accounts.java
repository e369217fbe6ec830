package se.huset.gateway.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.gateway.revocation.Revocations;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.security.Staff;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts in the gateway's database. Usernames are stored lower-case. Each change is in the gateway's audit
 * log under who made it, in the change's transaction: roles and body with before and after, a password only as
 * "password reset" (never a hash). A change that makes the account's tokens wrong (disabled, password reset, roles
 * or body changed) revokes every token it holds ({@link Revocations}).
 */
@Singleton
public class Accounts {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, roles, org, unit, enabled, must_change_password, created_at, "
                    + "updated_at";

    static final String FIRST_ADMINISTRATOR = "admin";

    private final JdbcOperations jdbc;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Revocations revocations;

    public Accounts(JdbcOperations jdbc, PasswordHasher hasher, AuditLog audit, Revocations revocations) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.audit = audit;
        this.revocations = revocations;
    }

    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> byUsername(String username) {
        return one("select " + COLUMNS + " from staff_account where username = ?", normalise(username));
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> byId(long id) {
        return one("select " + COLUMNS + " from staff_account where id = ?", id);
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> all() {
        return jdbc.prepareStatement("select " + COLUMNS + " from staff_account order by username", ps -> {
            List<StaffAccount> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    /** Creates the account unless the username is taken; answers whether it was created. */
    @Transactional
    public boolean create(AccountChanges account, Staff by) {
        boolean created = jdbc.prepareStatement("""
                insert into staff_account (username, display_name, password_hash, roles, org, unit)
                values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing""", ps -> {
            ps.setString(1, normalise(account.username()));
            ps.setString(2, account.displayName());
            ps.setString(3, hasher.hash(account.password()));
            ps.setArray(4, roles(ps.getConnection(), account.roles()));
            ps.setString(5, account.org().name());
            setNullable(ps, 6, account.unit());
            return ps.executeUpdate() == 1;
        });
        if (created) {
            log(by, "CREATE_ACCOUNT", account.username(), "roles " + String.join(",", account.roles()) + ", "
                    + body(account.org(), account.unit()));
        }
        return created;
    }

    /**
     * The first administrator, {@code admin} with a one-time password, when the gateway has no account at all;
     * answers whether this call created it (of several replicas starting at once, one does).
     */
    @Transactional
    public boolean createFirstAdministrator(String oneTimePassword) {
        boolean created = jdbc.prepareStatement("""
                insert into staff_account (username, display_name, password_hash, roles, org, must_change_password)
                select ?, ?, ?, ?, ?, true where not exists (select 1 from staff_account)
                on conflict (username) do nothing""", ps -> {
            ps.setString(1, FIRST_ADMINISTRATOR);
            ps.setString(2, "Administratör");
            ps.setString(3, hasher.hash(oneTimePassword));
            ps.setArray(4, roles(ps.getConnection(), List.of(Roles.ADMIN)));
            ps.setString(5, Org.REGION.name());
            return ps.executeUpdate() == 1;
        });
        if (created) {
            log(Staff.inProcess("gateway"), "CREATE_ACCOUNT", FIRST_ADMINISTRATOR,
                    "roles " + Roles.ADMIN + ", first administrator, one-time password");
        }
        return created;
    }

    /**
     * The user's own new password: a one-time password is then used up. Every token they hold is revoked (one
     * stolen with the old password included); the caller issues the one they go on with.
     */
    @Transactional
    public void changeOwnPassword(StaffAccount account, String newPassword) {
        jdbc.prepareStatement("update staff_account set password_hash = ?, must_change_password = false, "
                + "updated_at = now() where id = ?", ps -> {
                    ps.setString(1, hasher.hash(newPassword));
                    ps.setLong(2, account.id());
                    return ps.executeUpdate();
                });
        log(new Staff(account.username(), Set.copyOf(account.roles()), account.org(), account.unit()),
                "CHANGE_PASSWORD", account.username(), "own password changed");
        revocations.revokeUser(account.username());
    }

    /** Saves an admin's edit of {@code before}; revokes the account's tokens when what they say is no longer so. */
    @Transactional
    public void update(StaffAccount before, AccountChanges account, Staff by) {
        long id = before.id();
        jdbc.prepareStatement("""
                update staff_account set display_name = ?, roles = ?, org = ?, unit = ?,
                       password_hash = coalesce(?, password_hash), updated_at = now()
                where id = ?""", ps -> {
            ps.setString(1, account.displayName());
            ps.setArray(2, roles(ps.getConnection(), account.roles()));
            ps.setString(3, account.org().name());
            setNullable(ps, 4, account.unit());
            setNullable(ps, 5, account.password() == null ? null : hasher.hash(account.password()));
            ps.setLong(6, id);
            return ps.executeUpdate();
        });
        String rolesBefore = String.join(",", before.roles().stream().sorted().toList());
        String rolesAfter = String.join(",", account.roles());
        boolean rolesChanged = !rolesBefore.equals(rolesAfter);
        boolean bodyChanged = before.org() != account.org() || !Objects.equals(before.unit(), account.unit());
        if (rolesChanged) {
            log(by, "CHANGE_ROLES", before.username(), rolesBefore + " -> " + rolesAfter);
        }
        if (bodyChanged) {
            log(by, "CHANGE_BODY", before.username(), body(before.org(), before.unit()) + " -> "
                    + body(account.org(), account.unit()));
        }
        if (account.password() != null) {
            log(by, "RESET_PASSWORD", before.username(), "password reset");
        }
        if (rolesChanged || bodyChanged || account.password() != null) {
            revocations.revokeUser(before.username());
        }
    }

    @Transactional
    public void setEnabled(StaffAccount account, boolean enabled, Staff by) {
        jdbc.prepareStatement("update staff_account set enabled = ?, updated_at = now() where id = ?", ps -> {
            ps.setBoolean(1, enabled);
            ps.setLong(2, account.id());
            return ps.executeUpdate();
        });
        log(by, enabled ? "ENABLE_ACCOUNT" : "DISABLE_ACCOUNT", account.username(), enabled ? "enabled" : "disabled");
        if (!enabled) {
            revocations.revokeUser(account.username());
        }
    }

    private void log(Staff by, String action, String username, String what) {
        audit.record(AuditEntry.of(by, null, action, "account/" + normalise(username), what,
                AuditEntry.Outcome.ALLOWED));
    }

    private static String body(Org org, String unit) {
        return unit == null ? org.name() : org.name() + " " + unit;
    }

    private Optional<StaffAccount> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<StaffAccount>empty();
            }
        });
    }

    private static StaffAccount map(ResultSet rs) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Arrays.asList((String[]) rs.getArray("roles").getArray()),
                Org.valueOf(rs.getString("org")), rs.getString("unit"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Array roles(Connection conn, List<String> roles) throws SQLException {
        return conn.createArrayOf("text", roles.toArray(String[]::new));
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
