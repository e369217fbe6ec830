package se.huset.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that links each audit row to the one before it: changing, removing or reordering a row breaks the chain. */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long id, Instant at, AuditEntry e) {
        String canonical = String.join("\u001f", previousHash, Long.toString(id), at.toString(), e.username(),
                String.valueOf(e.org()), e.roles(), String.valueOf(e.clientId()), e.action(), e.resource(),
                e.basis(), e.outcome().name());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }
}
