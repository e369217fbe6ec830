package se.huset.kit.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import se.huset.kit.web.WebFilters;

/**
 * The explicit demo switch ({@code huset.demo.enabled}, HUSET_DEMO): demo data, the gateway's demo accounts with
 * their published password among it, loads only when it is on; {@code ./huset up} turns it on, Compose and
 * Kubernetes leave it off unless the operator sets it. A process refuses to start with the switch on while users
 * reach the suite over https ({@code huset.public-url}): that is the clinic's real address, where an account
 * anyone can look up the password of must never exist.
 */
@Context
public class DemoSwitch {

    public static final String PROPERTY = "huset.demo.enabled";

    private final boolean on;

    public DemoSwitch(@Value("${" + PROPERTY + ":false}") boolean on, @Value("${huset.public-url}") String publicUrl) {
        if (on && WebFilters.isHttps(publicUrl)) {
            throw new IllegalStateException("HUSET_DEMO (" + PROPERTY + ") is on while HUSET_PUBLIC_URL is " + publicUrl
                    + ": demo accounts, whose password is published, must never be reachable at the suite's real "
                    + "https address. Turn HUSET_DEMO off there.");
        }
        this.on = on;
    }

    public boolean on() {
        return on;
    }
}
