package se.huset.gateway.revocation;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.security.GatewayRevocations;
import se.huset.kit.security.RevocationList;
import se.huset.kit.security.RevocationSource;
import se.huset.kit.security.RevokedTokens;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issued and revoked staff tokens, in the gateway's database, where every replica writes and reads them. The
 * services fetch the revocations from the internal listener ({@link RevocationController}); the gateway's own
 * poller reads them here, and a revocation made in this replica is in force here at once.
 */
@Singleton
@Replaces(GatewayRevocations.class)
public class Revocations implements RevocationSource {

    private final JdbcOperations jdbc;
    private final RevokedTokens inForce;

    public Revocations(JdbcOperations jdbc, RevokedTokens inForce) {
        this.jdbc = jdbc;
        this.inForce = inForce;
    }

    /** Remembers a staff token just issued, so that a later change to the account can end it. */
    @Transactional
    public void issued(String jti, String username, Instant expiresAt) {
        jdbc.prepareStatement("insert into issued_token (jti, username, expires_at) values (?, ?, ?)", ps -> {
            ps.setString(1, jti);
            ps.setString(2, username);
            ps.setTimestamp(3, Timestamp.from(expiresAt));
            return ps.executeUpdate();
        });
    }

    /** Ends one token (a logout); {@code expiresAt} is its own expiry, after which it is refused anyway. */
    @Transactional
    public void revokeToken(String jti, String username, Instant expiresAt) {
        jdbc.prepareStatement("insert into revoked_token (jti, username, expires_at) values (?, ?, ?) "
                + "on conflict (jti) do nothing", ps -> {
                    ps.setString(1, jti);
                    ps.setString(2, username);
                    ps.setTimestamp(3, Timestamp.from(expiresAt));
                    return ps.executeUpdate();
                });
        inForce.replace(current());
    }

    /** Ends every token the user holds now; one they sign in with afterwards is valid. */
    @Transactional
    public void revokeUser(String username) {
        jdbc.prepareStatement("""
                insert into revoked_token (jti, username, expires_at)
                select jti, username, expires_at from issued_token where username = ? and expires_at > now()
                on conflict (jti) do nothing""", ps -> {
                    ps.setString(1, username);
                    return ps.executeUpdate();
                });
        inForce.replace(current());
    }

    /** The revocations in force; rows of tokens that have expired anyway are deleted on the way. */
    @Override
    @Transactional
    public RevocationList current() {
        jdbc.prepareStatement("delete from issued_token where expires_at < now()", ps -> ps.executeUpdate());
        jdbc.prepareStatement("delete from revoked_token where expires_at < now()", ps -> ps.executeUpdate());
        return new RevocationList(jdbc.prepareStatement(
                "select jti, expires_at from revoked_token order by revoked_at", ps -> {
                    List<RevocationList.RevokedToken> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new RevocationList.RevokedToken(rs.getString(1), rs.getTimestamp(2).toInstant()));
                        }
                    }
                    return rows;
                }));
    }
}
