package se.huset.kit.audit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Two database roles per service (README "Security"): the owner of the schema, which Flyway migrates as, and the
 * service's own role for its connection pool, which may not change the audit log. Flyway's plain
 * {@code flyway.datasources.default.url/user} would migrate a second time through the pool; this customizer gives
 * the one run the owner's connection instead.
 */
@Singleton
@Named("default")
@Requires(property = "huset.db.owner")
public class MigrateAsOwner implements FlywayConfigurationCustomizer {

    private final String url;
    private final String owner;
    private final String password;

    public MigrateAsOwner(@Value("${datasources.default.url}") String url, @Value("${huset.db.owner}") String owner,
                          @Value("${huset.db.owner-password:}") String password) {
        this.url = url;
        this.owner = owner;
        this.password = password;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.dataSource(url, owner, password);
    }

    @Override
    public String getName() {
        return "default";
    }
}
