package se.huset.intake.client;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A search term as the audit log keeps it: a keyed hash (HMAC-SHA256), so the log never holds a searched
 * personnummer in clear. A plain hash would not do: there are few enough personnummer to try them all. The key is
 * derived from the service secret, so the same term hashes the same in every replica and after a restart (an
 * auditor can see one term tried again and again); without a secret (a developer's machine) it is random per run.
 */
@Singleton
public class SearchTermHash {

    private final byte[] key;

    public SearchTermHash(@Value("${huset.service-secret:}") String serviceSecret) {
        if (serviceSecret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = hmac(serviceSecret.getBytes(StandardCharsets.UTF_8), "huset:intake:audit:search-term");
        }
    }

    /** {@code hmac:} and the first 32 hex digits of the term's keyed hash (kind and value as normalized). */
    public String hash(ClientSearchTerm term) {
        return "hmac:" + HexFormat.of().formatHex(hmac(key, term.kind() + ":" + term.value())).substring(0, 32);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
