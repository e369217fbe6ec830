package se.huset.gateway.auth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import se.huset.kit.security.SecretStrength;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each service's own secret ({@code huset.service-secrets.<service>}, from HUSET_&lt;SERVICE&gt;_SERVICE_SECRET),
 * known to the gateway as a SHA-256 digest. A presented secret identifies the one service it belongs to, so a token
 * is issued only in the name of the service whose secret was shown. The gateway refuses to start when a service's
 * secret is missing, weak or a published default, or when two services share one (it would then not know which
 * service is asking).
 */
@Context
public class ServiceCredentials {

    private final Map<String, byte[]> digests = new HashMap<>();

    public ServiceCredentials(@Property(name = "huset.service-secrets") Map<String, String> secrets) {
        var seen = new HashSet<String>();
        for (String service : ServiceGrants.services()) {
            String setting = "huset.service-secrets." + service + " (HUSET_" + service.toUpperCase(Locale.ROOT) + "_SERVICE_SECRET)";
            String secret = SecretStrength.require(setting, secrets.get(service));
            if (!seen.add(secret)) {
                throw new IllegalStateException(setting + " is the same as another service's secret");
            }
            digests.put(service, digest(secret));
        }
    }

    /**
     * The service {@code presented} is the secret of. Every digest is compared in constant time, so neither a
     * secret's content nor which service it came close to leaks through timing.
     */
    public Optional<String> whose(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented);
        String match = null;
        for (Map.Entry<String, byte[]> e : digests.entrySet()) {
            if (MessageDigest.isEqual(e.getValue(), candidate)) {
                match = e.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
