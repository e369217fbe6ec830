package se.huset.kit.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import se.huset.kit.security.SecretStrength;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The link from each audit row to the one before it: an HMAC-SHA256 under {@code huset.audit.key}
 * ({@code HUSET_AUDIT_KEY}), a key the database never holds, so whoever can write the table still cannot make a
 * changed, removed or reordered row fit the chain again. Created with the context: a process without a key of at
 * least {@link #MIN_KEY_LENGTH} characters does not start.
 */
@Context
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    public static final int MIN_KEY_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public AuditChain(@Value("${huset.audit.key:}") String key) {
        if (key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("huset.audit.key (HUSET_AUDIT_KEY) must be set to a secret of at least "
                    + MIN_KEY_LENGTH + " characters: it keys the audit log's chain (./huset makes one in .huset/secrets.env)");
        }
        // a key once written down in public (the old compose default) would let anyone refit an edited chain
        SecretStrength.require("huset.audit.key (HUSET_AUDIT_KEY)", key.strip());
        this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** A run of links, for one writer or verifier at a time: it reuses one Mac, which is not thread-safe. */
    public Links links() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return new Links(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static final class Links {

        private final Mac mac;

        private Links(Mac mac) {
            this.mac = mac;
        }

        public String hash(String previousHash, long id, Instant at, AuditEntry e) {
            return HexFormat.of().formatHex(mac.doFinal(canonical(previousHash, id, at, e)));
        }
    }

    private static byte[] canonical(String previousHash, long id, Instant at, AuditEntry e) {
        return String.join("\u001f", previousHash, Long.toString(id), at.toString(), e.username(),
                String.valueOf(e.org()), e.roles(), String.valueOf(e.clientId()), e.action(), e.resource(),
                e.basis(), e.outcome().name()).getBytes(StandardCharsets.UTF_8);
    }
}
