package se.huset.kit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the revocations every {@code huset.revocations.poll-interval} (2 s): a logout or a disabled account ends
 * its tokens in every process within that. When the gateway cannot be reached the last list stays in force (a
 * revocation is never forgotten because the gateway restarts); the outage is logged once, and its end.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class RevocationPoller {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationPoller.class);

    private final RevocationSource source;
    private final RevokedTokens revoked;
    private volatile boolean failing;

    public RevocationPoller(RevocationSource source, RevokedTokens revoked) {
        this.source = source;
        this.revoked = revoked;
    }

    @Scheduled(fixedDelay = "${huset.revocations.poll-interval:2s}")
    public void poll() {
        try {
            revoked.replace(source.current());
            if (failing) {
                LOG.info("token revocations reachable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("token revocations not reachable ({}); keeping the last list known", e.getMessage());
                failing = true;
            }
        }
    }
}
