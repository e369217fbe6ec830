package se.huset.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures ./huset bench reports, read from what wrk and pgbench print. */
class BenchFiguresTest {

    @TempDir
    Path dir;

    @Test
    void percentilesAreNearestRankAndTheMedianSkipsMissingRatios() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(Stats.percentile(sorted, 0.5)).isEqualTo(5.0);
        assertThat(Stats.percentile(sorted, 0.95)).isEqualTo(10.0);
        assertThat(Stats.percentile(List.of(42.0), 0.95)).isEqualTo(42.0);
        assertThat(Stats.median(List.of(3.0, Double.NaN, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0))).isEqualTo(2.5);
        assertThat(Stats.show(Stats.ratio(1, 0))).isEqualTo("n/a");
        assertThat(Stats.meets(0.79, 0.8, true)).isEqualTo("❌ missed");
        assertThat(Stats.meets(250, 300, false)).isEqualTo("✅ met");
    }

    /** ./huset bench pages refreshes the pages section of a full run's report, and keeps the rest of it. */
    @Test
    void aSectionReplacesTheOneUnderItsHeadingAndIsAddedWhenNew() {
        String report = "# Benchmark\n\nfirst\n\n## Pages\n\nold rows\n### The slowest\nold plan\n\n"
                + "## Pages, county scale\n\ncounty rows\n";
        String pages = "\n## Pages\n\nnew rows";
        assertThat(BenchRun.withSection(report, pages)).isEqualTo("# Benchmark\n\nfirst\n\n## Pages\n\nnew rows\n\n"
                + "## Pages, county scale\n\ncounty rows\n");
        assertThat(BenchRun.withSection(report, "\n## Pages, county scale\n\nnew county"))
                .isEqualTo("# Benchmark\n\nfirst\n\n## Pages\n\nold rows\n### The slowest\nold plan\n\n"
                        + "## Pages, county scale\n\nnew county\n");
        assertThat(BenchRun.withSection("# Benchmark\n", "\n## Booking\n\nrows"))
                .isEqualTo("# Benchmark\n\n## Booking\n\nrows\n");
        assertThat(BenchRun.withSection("", "# Benchmark: contact registration\n\nrows"))
                .isEqualTo("# Benchmark: contact registration\n\nrows\n");
    }

    @Test
    void wrksResultLineGivesRateLatenciesAndErrors() {
        Load load = Load.ofWrk("Running 2s test\nHUSET_RESULT requests=1200 seconds=2.00 rps=600.0 avg_ms=13.10 "
                + "p50_ms=12.00 p99_ms=40.50 non2xx=3 socket_errors=2\n", dir.resolve("wrk.txt"));
        assertThat(load).isEqualTo(new Load(1200, 600.0, 13.10, 12.00, 40.50, 5));
        assertThat(load.row("(a) gateway")).isEqualTo("| (a) gateway | 600.0 | 13.10 | 12.00 | 40.50 | 1200 | 5 |");
    }

    @Test
    void wrkWithoutAResultIsAFailNamingItsOutput() {
        assertThatThrownBy(() -> Load.ofWrk("unable to connect to 127.0.0.1:8080", dir.resolve("gateway.txt")))
                .isInstanceOf(Fail.class).hasMessageContaining("gateway.txt");
    }

    @Test
    void pgbenchFiguresComeFromItsSummaryAndTransactionLogs() throws Exception {
        Files.writeString(dir.resolve("pgbench_log.100"), "0 1 1000 0 1700000000 1\n0 2 3000 0 1700000000 2\n");
        Files.writeString(dir.resolve("pgbench_log.100.1"), "1 1 2000 0 1700000000 3\n");
        Load load = Load.ofPgbench("number of failed transactions: 1 (0.1%)\ntps = 150.5 (without initial connection time)\n",
                dir.resolve("pgbench_log"));
        assertThat(load.requests()).isEqualTo(3);
        assertThat(load.rps()).isEqualTo(150.5);
        assertThat(load.p50Ms()).isEqualTo(2.0);
        assertThat(load.avgMs()).isEqualTo(2.0);
        assertThat(load.errors()).isEqualTo(1);
    }

    @Test
    void theDashboardsSqlTimeIsBothQueriesOfARun() {
        assertThat(RolloutBench.runTimes("Timing is on.\nTime: 0.250 ms\nTime: 0.125 ms\nTime: 1.000 ms\nTime: 0.500 ms\n"
                + "Time: 9.0 ms\n")).containsExactly(0.375, 1.5);
    }
}
