package se.huset.kit.audit;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * Refuses to start a process whose connection pool could rewrite the audit log: a role that owns the table (and
 * so may disable its triggers) or may update, delete or truncate it. The chain would still show the change; this
 * keeps it from being possible for the service's own login.
 */
@Singleton
public class InsertOnlyRole {

    private final JdbcOperations jdbc;

    public InsertOnlyRole(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(readOnly = true)
    public void onStartup(StartupEvent event) {
        String problem = jdbc.prepareStatement("""
                select case
                    when pg_has_role(c.relowner, 'USAGE') then 'owns kit_audit'
                    when has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE')
                      or has_table_privilege(c.oid, 'TRUNCATE') then 'may update, delete or truncate kit_audit'
                    end
                from pg_class c where c.oid = 'kit_audit'::regclass""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        if (problem != null) {
            throw new IllegalStateException("the database role of this service's connection pool " + problem
                    + ": give the pool a role that may only insert into the audit log and migrate as the owner "
                    + "(huset.db.owner; ./huset and README \"Security\" say how)");
        }
    }
}
