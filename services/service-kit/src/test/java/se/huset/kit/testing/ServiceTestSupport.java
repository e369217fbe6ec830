package se.huset.kit.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base for {@code @MicronautTest} classes of a service: its own fresh PostgreSQL database, and the test token key
 * in place of the gateway's JWKS (pointed at a closed port so it is never used).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTestSupport implements TestPropertyProvider {

    /** The module's database name, e.g. {@code intake}. */
    protected abstract String databaseName();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.named(databaseName()).properties());
        p.put("huset.jwks-url", "http://127.0.0.1:9/.well-known/jwks.json");
        p.put("huset.service-secret", "test-secret");
        p.put("micronaut.server.port", "-1");
        return p;
    }

    protected TestDatabase database() {
        return TestDatabase.named(databaseName());
    }
}
