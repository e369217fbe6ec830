package se.huset.gateway.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

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
import java.util.Optional;

/** Staff accounts in the gateway's database. Usernames are stored lower-case. */
@Singleton
public class Accounts {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, roles, org, unit, enabled, created_at, updated_at";

    private final JdbcOperations jdbc;
    private final PasswordHasher hasher;

    public Accounts(JdbcOperations jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
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
    public boolean create(AccountChanges account) {
        return jdbc.prepareStatement("""
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
    }

    @Transactional
    public boolean update(long id, AccountChanges account) {
        return jdbc.prepareStatement("""
                update staff_account set display_name = ?, roles = ?, org = ?, unit = ?,
                       password_hash = coalesce(?, password_hash), updated_at = now()
                where id = ?""", ps -> {
            ps.setString(1, account.displayName());
            ps.setArray(2, roles(ps.getConnection(), account.roles()));
            ps.setString(3, account.org().name());
            setNullable(ps, 4, account.unit());
            setNullable(ps, 5, account.password() == null ? null : hasher.hash(account.password()));
            ps.setLong(6, id);
            return ps.executeUpdate() == 1;
        });
    }

    @Transactional
    public boolean setEnabled(long id, boolean enabled) {
        return jdbc.prepareStatement("update staff_account set enabled = ?, updated_at = now() where id = ?", ps -> {
            ps.setBoolean(1, enabled);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        });
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
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
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
