package se.huset.compose;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * compose/docker-compose.yml is valid for Docker Compose, checked without an engine: {@code docker-compose config -q}
 * parses it, resolves anchors and variables and validates it against the Compose schema (issue 9).
 */
class ComposeFileTest {

    private static final Path ROOT = DebianTool.projectRoot();

    @Test
    void theComposeFilePassesDockerComposeConfig() throws Exception {
        Optional<Path> compose = DebianTool.find("docker-compose", "docker-compose");
        assumeTrue(compose.isPresent(), "docker-compose is not installed and this user cannot install it: "
                + "run as root, or sudo apt-get install -y docker-compose, to check compose/docker-compose.yml");
        DebianTool.Result check = DebianTool.run(
                List.of(compose.get().toString(), "-f", "compose/docker-compose.yml", "config", "-q"), ROOT, 120);
        assertThat(check.exitCode()).as("docker-compose config -q said:\n%s", check.both()).isZero();

        DebianTool.Result rendered = DebianTool.run(
                List.of(compose.get().toString(), "-f", "compose/docker-compose.yml", "config", "--services"), ROOT, 120);
        assertThat(rendered.output().lines().toList()).as("every process with a Dockerfile, and its database")
                .contains("postgres").containsAll(processes());
    }

    @Test
    void everyProcessWithADockerfileHasADatabasePasswordForTheInitScript() throws Exception {
        String composeFile = Files.readString(ROOT.resolve("compose/docker-compose.yml"));
        String example = Files.readString(ROOT.resolve("compose/.env.example"));
        for (String process : processes()) {
            String variable = "HUSET_" + process.toUpperCase() + "_DB_PASSWORD";
            assertThat(composeFile).as("postgres gets %s (postgres-init makes the role from it)", variable)
                    .contains(variable + ": ${" + variable);
            assertThat(example).as("compose/.env.example lists %s", variable).contains(variable + "=");
        }
    }

    /** An insider who knows the compose file knows its defaults: no secret may have one. */
    @Test
    void noServiceSecretHasADefaultAndEachServiceGetsItsOwn() throws Exception {
        String composeFile = Files.readString(ROOT.resolve("compose/docker-compose.yml"));
        assertThat(composeFile.lines().filter(line -> (line.contains("_SECRET") || line.contains("AUDIT_KEY"))
                && line.contains(":-"))).as("secrets with a default value").isEmpty();
        for (String process : processes()) {
            if (process.equals("gateway")) {
                continue;
            }
            String variable = "HUSET_" + process.toUpperCase() + "_SERVICE_SECRET";
            assertThat(composeFile).as("%s gets its own secret, and the gateway knows it", process)
                    .contains("HUSET_SERVICE_SECRET: ${" + variable + "}")
                    .contains(variable + ": ${" + variable + "}");
        }
    }

    /** The processes that have an image: the gateway and every service folder with a Dockerfile. */
    static List<String> processes() throws java.io.IOException {
        try (Stream<Path> services = Files.list(ROOT.resolve("services"))) {
            return Stream.concat(Stream.of("gateway"), services
                            .filter(dir -> Files.isRegularFile(dir.resolve("Dockerfile")))
                            .map(dir -> dir.getFileName().toString()).sorted())
                    .toList();
        }
    }
}
