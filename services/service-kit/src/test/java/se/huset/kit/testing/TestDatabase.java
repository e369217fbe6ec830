package se.huset.kit.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL database for one module's tests, created fresh once per test JVM.
 *
 * <p>{@code ./huset test} exports {@code HUSET_TEST_DB_URL} (a server URL ending in {@code /}),
 * {@code HUSET_TEST_DB_USER} and {@code HUSET_TEST_DB_PASSWORD} for a role that may create databases. Without
 * them, and with Docker available, a Testcontainers PostgreSQL is started instead.
 */
public final class TestDatabase {

    private static final Map<String, TestDatabase> CREATED = new ConcurrentHashMap<>();
    private static volatile Server server;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database {@code huset_test_<name>} (plus {@code HUSET_TEST_DB_SUFFIX}), dropped and created on first use. */
    public static TestDatabase named(String name) {
        return CREATED.computeIfAbsent(name, TestDatabase::create);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Map<String, String> properties() {
        return Map.of("datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static TestDatabase create(String name) {
        Server s = server();
        String db = ("huset_test_" + name + System.getenv().getOrDefault("HUSET_TEST_DB_SUFFIX", ""))
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(s.base() + "postgres", s.user(), s.password());
             Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + db + " with (force)");
            st.execute("create database " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + db + " on " + s.base()
                    + ": " + e.getMessage() + ". Run the tests with ./huset test, which prepares PostgreSQL.", e);
        }
        return new TestDatabase(s.base() + db, s.user(), s.password());
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
