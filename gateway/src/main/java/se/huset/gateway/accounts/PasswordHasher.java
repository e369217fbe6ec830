package se.huset.gateway.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** BCrypt hashing of staff passwords. */
@Singleton
public class PasswordHasher {

    private static final int COST = 10;
    /** Checked against when the username is unknown, so the answer takes as long as for a real account. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "no-such-account".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void spendEqualTime(String password) {
        matches(password, DUMMY);
    }
}
