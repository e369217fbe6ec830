package se.huset.kit.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL database for one module's tests, created fresh once per test JVM, with the two roles every
 * service has (README "Security"): the owner, which Flyway migrates as, and {@code <owner>_app}, the connection
 * pool's role, which may only read and insert audit rows. {@link #connect()} is the test's own admin connection.
 *
 * <p>{@code ./huset test} exports {@code HUSET_TEST_DB_URL} (a server URL ending in {@code /}),
 * {@code HUSET_TEST_DB_USER} and {@code HUSET_TEST_DB_PASSWORD} for a role that may create databases and roles.
 * Without them, and with Docker available, a Testcontainers PostgreSQL is started instead.
 */
public final class TestDatabase {

    /** The audit chain's key in tests: any secret of 32 characters or more. */
    public static final String AUDIT_KEY = "test-audit-key-0123456789abcdef0123456789";

    private static final Map<String, TestDatabase> CREATED = new ConcurrentHashMap<>();
    private static volatile Server server;

    private final Server admin;
    private final String name;
    private final String rolePassword;

    private TestDatabase(Server admin, String name, String rolePassword) {
        this.admin = admin;
        this.name = name;
        this.rolePassword = rolePassword;
    }

    /** The database {@code huset_test_<name>} (plus {@code HUSET_TEST_DB_SUFFIX}), dropped and created on first use. */
    public static TestDatabase named(String name) {
        return CREATED.computeIfAbsent(name, TestDatabase::fresh);
    }

    /** As {@link #named}, but dropped and created again on every call (a suite that starts afresh). */
    public static TestDatabase fresh(String name) {
        return create(server(), ("huset_test_" + name + System.getenv().getOrDefault("HUSET_TEST_DB_SUFFIX", ""))
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
    }

    public String url() {
        return admin.base() + name;
    }

    /** The schema's owner: Flyway migrates as this role. */
    public String owner() {
        return name;
    }

    /** The service's role, its connection pool's login. */
    public String serviceRole() {
        return name + "_app";
    }

    public String rolePassword() {
        return rolePassword;
    }

    /** The anchors of this database's audit log: a new database starts a new file. */
    public Path anchorFile() {
        return Path.of("target", "audit-anchors", name + ".anchors").toAbsolutePath();
    }

    /** What a process on this database is configured with: the pool as the service role, Flyway as the owner. */
    public Map<String, String> properties() {
        return Map.of("datasources.default.url", url(),
                "datasources.default.username", serviceRole(),
                "datasources.default.password", rolePassword,
                "huset.db.owner", owner(),
                "huset.db.owner-password", rolePassword,
                "huset.audit.key", AUDIT_KEY,
                "huset.audit.anchor-file", anchorFile().toString());
    }

    /** The test's own connection, as the admin role (a member of the owner). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), admin.user(), admin.password());
    }

    /** A connection as the service's role: what the service itself, or someone with its password, may do. */
    public Connection connectAsService() throws SQLException {
        return DriverManager.getConnection(url(), serviceRole(), rolePassword);
    }

    /** A connection as the schema's owner: the insider who holds the migrations' password. */
    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(url(), owner(), rolePassword);
    }

    /**
     * Drops and creates the database and its two roles as ./huset's database step does (huset
     * ensure_process_databases): the owner owns the database; the service role may connect and gets SELECT,
     * INSERT, UPDATE, DELETE on the tables and use of the sequences the owner creates, all but what the kit's
     * migration V0_5 takes back on the audit log.
     */
    private static TestDatabase create(Server s, String db) {
        String password = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16));
        TestDatabase database = new TestDatabase(s, db, password);
        try (Connection admin = DriverManager.getConnection(s.base() + "postgres", s.user(), s.password());
             Statement st = admin.createStatement()) {
            for (String role : List.of(database.owner(), database.serviceRole())) {
                st.execute("do $$ begin if exists (select from pg_roles where rolname = '" + role + "') then "
                        + "alter role " + role + " with login password '" + password + "'; else "
                        + "create role " + role + " with login password '" + password + "'; end if; end $$");
                // the admin must be a member of the owner to create its database (and, in tests, to play it), and
                // of both roles to end their sessions a previous suite's processes may still hold (drop ... force)
                st.execute("grant " + role + " to current_user");
            }
            st.execute("drop database if exists " + db + " with (force)");
            st.execute("create database " + db + " owner " + database.owner());
            st.execute("revoke all on database " + db + " from public");
            st.execute("grant connect on database " + db + " to " + database.serviceRole());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + db + " on " + s.base()
                    + ": " + e.getMessage() + ". Run the tests with ./huset test, which prepares PostgreSQL.", e);
        }
        try (Connection owner = database.connectAsOwner(); Statement st = owner.createStatement()) {
            st.execute("grant usage on schema public to " + database.serviceRole());
            st.execute("alter default privileges in schema public grant select, insert, update, delete on tables to "
                    + database.serviceRole());
            st.execute("alter default privileges in schema public grant usage, select, update on sequences to "
                    + database.serviceRole());
            Files.deleteIfExists(database.anchorFile());
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot grant the service role of " + db + ": " + e.getMessage(), e);
        }
        return database;
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("HUSET_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                server = new Server(url.endsWith("/") ? url : url + "/",
                        System.getenv().getOrDefault("HUSET_TEST_DB_USER", "postgres"),
                        System.getenv().getOrDefault("HUSET_TEST_DB_PASSWORD", ""));
            } else {
                server = Containers.start();
            }
        }
        return server;
    }

    record Server(String base, String user, String password) {
    }

    /** Testcontainers, used only when no server was given; kept apart so the class loads without Docker. */
    static final class Containers {
        static Server start() {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("No PostgreSQL for the tests: set HUSET_TEST_DB_URL or run ./huset test "
                        + "(it starts or finds a PostgreSQL server), or make Docker available for Testcontainers.");
            }
            var container = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            String jdbc = container.getJdbcUrl();
            return new Server(jdbc.substring(0, jdbc.lastIndexOf('/') + 1), container.getUsername(),
                    container.getPassword());
        }
    }
}
