package se.huset.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessListTest {

    private static final ProcessList SUITE = ProcessList.read(Path.of(".."));

    @Test
    void theSuiteStartsWithTheGatewayAndEveryProcessHasAPortOfItsOwn() {
        assertThat(SUITE.names()).first().isEqualTo("gateway");
        assertThat(SUITE.names()).contains("intake", "booking", "programs", "housing", "followup", "rollout");
        assertThat(SUITE.all()).extracting(SuiteProcess::port).doesNotHaveDuplicates();
        assertThat(SUITE.services()).extracting(SuiteProcess::name).doesNotContain("gateway")
                .hasSize(SUITE.all().size() - 1);
    }

    @Test
    void theListedOrderIsTheStartOrder() {
        ProcessList list = ProcessList.parse(List.of("# a comment", "process.gateway = 8080", "", "process.zeta = 9001",
                "process.alpha = 9000", "jvm.flags = -Xmx80m", "jvm.service-flags =", "jvm.jdk22-flags = -Xtrim"));
        assertThat(list.names()).containsExactly("gateway", "zeta", "alpha");
        assertThat(list.get("alpha").port()).isEqualTo(9000);
    }

    @Test
    void namesFollowFromTheProcessName() {
        SuiteProcess booking = SUITE.get("booking");
        assertThat(booking.jar()).isEqualTo("services/booking/target/booking.jar");
        assertThat(booking.database("_bench")).isEqualTo("huset_booking_bench");
        assertThat(booking.envPrefix()).isEqualTo("HUSET_BOOKING");
        assertThat(SUITE.get("gateway").jar()).isEqualTo("gateway/target/gateway.jar");
    }

    @Test
    void servicesStopAtC1TheGatewayKeepsFullCompilationAndNewJdksTrimTheCHeap() {
        assertThat(SUITE.jvmFlags(SUITE.get("booking"), 17))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxRAM=512m", "-Xmx80m", "-Xss512k");
        assertThat(SUITE.jvmFlags(SUITE.get("gateway"), 17))
                .containsExactly("-XX:+UseSerialGC", "-XX:MaxRAM=512m", "-Xmx80m", "-Xss512k");
        assertThat(SUITE.jvmFlags(SUITE.get("gateway"), 25)).endsWith("-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void aListThatDoesNotStartWithTheGatewayIsRefused() {
        assertThatThrownBy(() -> ProcessList.parse(List.of("process.intake = 8081", "process.gateway = 8080")))
                .hasMessageContaining("gateway must be the first");
    }
}
