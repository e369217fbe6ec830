package se.huset.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JdkTest {

    @Test
    void theMajorVersionComesFromTheReleaseFileNextToBin(@TempDir Path jdk) throws Exception {
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(Jdk.major(jdk.resolve("bin/java"))).isEqualTo(25);
    }

    @Test
    void withoutAReleaseFileItIsTheMinimum(@TempDir Path somewhere) {
        assertThat(Jdk.major(somewhere.resolve("bin/java"))).isEqualTo(Jdk.MINIMUM);
        assertThat(Jdk.major(Path.of("java"))).isEqualTo(Jdk.MINIMUM);
    }

    @Test
    void theRunningJdkIsRecognised() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertThat(Jdk.major(java)).isEqualTo(Runtime.version().feature());
    }
}
