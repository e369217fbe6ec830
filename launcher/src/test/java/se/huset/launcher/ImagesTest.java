package se.huset.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesTest {

    /** Every image comes from compose/Dockerfile, told the process's name, port and Java 17 JVM flags. */
    @Test
    void eachImageIsTheOneDockerfileWithTheProcesssNamePortAndFlags() {
        Path root = Path.of("..");
        ProcessList processes = ProcessList.read(root);
        SuiteProcess booking = processes.get("booking");
        assertThat(Images.command(root, processes, booking, "huset/booking:latest")).containsSubsequence(
                "docker", "build", "-t", "huset/booking:latest", "-f", root.resolve("compose/Dockerfile").toString(),
                "--build-arg", "PROCESS=booking", "--build-arg", "PORT=" + booking.port(), "--build-arg",
                "JVM_FLAGS=" + String.join(" ", processes.jvmFlags(booking, 17)), root.resolve("services/booking").toString());
    }
}
