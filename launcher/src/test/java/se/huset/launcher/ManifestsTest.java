package se.huset.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestsTest {

    @Test
    void theTemplatesPlaceholdersBecomeTheProcesssNamesAndPort() {
        String template = """
                # the template's own comment, $name
                # goes
                kind: Service
                metadata: {name: $name}
                env: [{name: HUSET_$NAME_PORT, value: "$port"}]
                """;
        assertThat(Manifests.render(template, new SuiteProcess("booking", 8082))).isEqualTo("""
                # booking's manifests, written by ./huset manifests from compose/k8s/process.yaml (edit that, not this file)
                kind: Service
                metadata: {name: booking}
                env: [{name: HUSET_BOOKING_PORT, value: "8082"}]
                """);
    }

    @Test
    void everyProcessGetsAFileInTheBase() {
        assertThat(Manifests.renderAll(Path.of("..")).keySet()).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(ProcessList.read(Path.of("..")).names().stream().map(n -> n + ".yaml").toList());
    }
}
