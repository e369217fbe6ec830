package se.huset.compose;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.huset.launcher.ProcessList;
import se.huset.launcher.SuiteProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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
        assertThat(rendered.output().lines().toList()).as("every process of the list, and its database")
                .contains("postgres").containsAll(processes());
    }

    @Test
    void everyProcessHasADatabasePasswordForTheInitScript() throws Exception {
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

    /** PyYAML, which docker-compose uses, keeps the last of two equal keys without a word: this parser refuses them. */
    @Test
    void noKeyIsWrittenTwice() throws Exception {
        assertThatCode(this::composeFile).as("compose/docker-compose.yml parses without duplicate keys")
                .doesNotThrowAnyException();
    }

    /** Each process runs the image ./huset images builds, on its port in launcher/processes.properties. */
    @Test
    @SuppressWarnings("unchecked")
    void everyProcessRunsItsImageOnTheListedPortAndIsReachedThere() throws Exception {
        Map<String, Object> services = (Map<String, Object>) composeFile().get("services");
        Pattern processUrl = Pattern.compile("HUSET_([A-Z]+)_URL");
        for (SuiteProcess process : ProcessList.read(ROOT).all()) {
            Map<String, Object> service = (Map<String, Object>) services.get(process.name());
            assertThat(service).as("a compose service %s", process.name()).isNotNull();
            assertThat(service.get("image")).isEqualTo("${HUSET_IMAGE_REGISTRY:-huset}/" + process.name()
                    + ":${HUSET_IMAGE_TAG:-latest}");
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env.get(process.envPrefix() + "_PORT")).as("%s's port", process.name())
                    .isEqualTo(Integer.toString(process.port()));
        }
        for (Map.Entry<String, Object> entry : services.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) entry.getValue();
            assertThat(service).as("%s: images come from ./huset images, not a build here", entry.getKey())
                    .doesNotContainKey("build");
            Map<String, Object> env = (Map<String, Object>) service.getOrDefault("environment", Map.of());
            env.forEach((name, value) -> {
                Matcher m = processUrl.matcher(name);
                if (m.matches() && processes().contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    SuiteProcess target = ProcessList.read(ROOT).get(m.group(1).toLowerCase(Locale.ROOT));
                    assertThat(value).as("%s in %s", name, entry.getKey())
                            .isEqualTo("http://" + target.name() + ":" + target.port());
                }
            });
        }
    }

    /**
     * A demo one-shot waits for the feeds its history builds on ({@code DemoFeeds.awaitCaughtUp} in its
     * {@code *DemoData}): it starts once the services serving them are healthy, which they are only after their own
     * demo data is in, so no one-shot waits on a feed nobody serves, and the order has no cycle.
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachDemoOneShotStartsAfterTheServicesWhoseFeedsItReads() throws Exception {
        Map<String, Object> services = (Map<String, Object>) composeFile().get("services");
        Map<String, List<String>> feedsRead = Map.of(
                "booking-demo-data", List.of("intake"),
                "programs-demo-data", List.of("intake"),
                "casework-demo-data", List.of("intake"),
                "housing-demo-data", List.of("intake", "casework"),
                "followup-demo-data", List.of("intake", "booking", "programs"));
        feedsRead.forEach((oneShot, sources) -> {
            Map<String, Object> dependsOn = (Map<String, Object>) ((Map<String, Object>) services.get(oneShot))
                    .get("depends_on");
            for (String source : sources) {
                assertThat(dependsOn).as("%s waits for %s", oneShot, source)
                        .containsEntry(source, Map.of("condition", "service_healthy"));
            }
        });
        for (String name : services.keySet()) {
            assertThat(dependsOnItself(services, name, name, new HashSet<>()))
                    .as("%s's depends_on leads back to it", name).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean dependsOnItself(Map<String, Object> services, String start, String at,
                                           Set<String> seen) {
        Object dependsOn = ((Map<String, Object>) services.get(at)).get("depends_on");
        if (!(dependsOn instanceof Map<?, ?> deps)) {
            return false;
        }
        for (Object next : deps.keySet()) {
            if (next.equals(start) || (seen.add((String) next) && dependsOnItself(services, start, (String) next, seen))) {
                return true;
            }
        }
        return false;
    }

    /** One Dockerfile for every process; ./huset images gives it the process's name, port and JVM flags (ImagesTest). */
    @Test
    void oneDockerfileTakesTheProcessPortAndJvmFlagsAsBuildArguments() throws Exception {
        for (SuiteProcess process : ProcessList.read(ROOT).all()) {
            assertThat(ROOT.resolve(process.module()).resolve("Dockerfile")).as("no Dockerfile of its own").doesNotExist();
        }
        String dockerfile = Files.readString(ROOT.resolve("compose/Dockerfile"));
        assertThat(dockerfile).contains("ARG PROCESS\n", "ARG PORT\n", "ARG JVM_FLAGS\n",
                "COPY --chown=10001:10001 target/${PROCESS}.jar", "EXPOSE ${PORT}", "JVM_FLAGS=\"${JVM_FLAGS}\"");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> composeFile() throws java.io.IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return (Map<String, Object>) new Yaml(options).load(Files.readString(ROOT.resolve("compose/docker-compose.yml")));
    }

    /** Every process of the suite (launcher/processes.properties), in start order. */
    static List<String> processes() {
        return ProcessList.read(ROOT).names();
    }
}
