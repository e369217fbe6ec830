package se.huset.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSuiteTest {

    @TempDir
    Path root;

    private LocalSuite suite(Map<String, String> env) throws Exception {
        Files.createDirectories(root.resolve("launcher"));
        Files.copy(Path.of("processes.properties"), root.resolve(ProcessList.FILE));
        Settings settings = new Settings(root, env, Path.of("java"));
        Secrets secrets = new Secrets(settings.state().resolve("secrets.env"));
        Postgres postgres = new Postgres(settings, secrets);
        postgres.host = "127.0.0.1";
        postgres.port = 5432;
        return new LocalSuite(settings, ProcessList.read(root), secrets, postgres);
    }

    @Test
    void aServiceSeesOnlyItsOwnSecretAndTheGatewayKnowsEveryServicesSecret() throws Exception {
        LocalSuite suite = suite(Map.of());
        Map<String, String> intake = suite.environment(suite.processes().get("intake"));
        Map<String, String> booking = suite.environment(suite.processes().get("booking"));
        Map<String, String> gateway = suite.environment(suite.processes().get("gateway"));
        assertThat(intake.get("HUSET_SERVICE_SECRET")).isNotEqualTo(booking.get("HUSET_SERVICE_SECRET"));
        assertThat(intake).doesNotContainKey("HUSET_BOOKING_SERVICE_SECRET");
        assertThat(gateway).containsEntry("HUSET_INTAKE_SERVICE_SECRET", intake.get("HUSET_SERVICE_SECRET"))
                .containsEntry("HUSET_BOOKING_SERVICE_SECRET", booking.get("HUSET_SERVICE_SECRET"))
                .doesNotContainKey("HUSET_SERVICE_SECRET");
        assertThat(intake).containsEntry("HUSET_INTAKE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/huset_intake")
                .containsEntry("HUSET_INTAKE_DB_USER", "huset_intake_app")
                .containsEntry("HUSET_INTAKE_DB_OWNER", "huset_intake")
                .containsEntry("HUSET_JWKS_URL", "http://localhost:8080/.well-known/jwks.json")
                .containsEntry("HUSET_BOOKING_URL", "http://localhost:8082");
    }

    @Test
    void portsAndDatabasesFollowTheEnvironment() throws Exception {
        LocalSuite suite = suite(Map.of("HUSET_GATEWAY_PORT", "9080", "HUSET_DB_SUFFIX", "_bench"));
        Map<String, String> intake = suite.environment(suite.processes().get("intake"));
        assertThat(intake).containsEntry("HUSET_JWKS_URL", "http://localhost:9080/.well-known/jwks.json")
                .containsEntry("HUSET_INTAKE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/huset_intake_bench");
        assertThat(suite.anchorFile(suite.processes().get("intake"))).hasFileName("huset_intake_bench.anchors");
    }

    @Test
    void aSuffixThatIsNoDatabaseNameIsRefused() throws Exception {
        LocalSuite suite = suite(Map.of("HUSET_DB_SUFFIX", "; drop"));
        assertThatThrownBy(() -> suite.environment(suite.processes().get("intake"))).isInstanceOf(Fail.class)
                .hasMessageContaining("is not a database-name suffix");
    }

    @Test
    void aJarOlderThanItsSourcesIsStale() throws Exception {
        LocalSuite suite = suite(Map.of());
        Build build = new Build(new Settings(root, Map.of(), Path.of("java")), suite);
        SuiteProcess intake = suite.processes().get("intake");
        assertThat(build.missing(intake)).isTrue();
        Path source = Files.createDirectories(root.resolve("services/intake/src/main/java")).resolve("A.java");
        Files.writeString(source, "class A {}");
        Path jar = suite.jar(intake);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(build.stale(intake)).isFalse();
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(build.stale(intake)).isTrue();
    }
}
