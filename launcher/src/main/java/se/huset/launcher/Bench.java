package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * ./huset bench (README "Benchmarks"): the suite on databases of its own, huset_&lt;process&gt;_bench, made fresh
 * for every run, so each run starts from the same state and none of its writes reaches the demo data you work with.
 * Contact registration four ways ({@link RegistrationBench}), the rollout dashboard, booking under contention, every
 * page and list API, and all of that once more at county scale. Writes compose/bench/REPORT.md, copies its summary
 * into README.md, drops the bench databases and starts your suite again if it was running.
 * {@code ./huset bench pages} measures the pages of the suite that is running, on its own data.
 */
final class Bench {

    private final BenchRun run;
    private final Settings settings;

    Bench(Settings settings, ProcessList processes, Postgres postgres, Secrets secrets) {
        this.settings = settings;
        this.run = new BenchRun(settings, processes, postgres, secrets, settings.env("HUSET_BENCH_DB_SUFFIX", "_bench"));
    }

    int run(List<String> args) {
        if (args.equals(List.of("pages"))) {
            run.dbSuffix(settings.dbSuffix());
            new PagesBench(run).measure("Pages and list APIs through the gateway");
            return 0;
        }
        if (!args.isEmpty()) {
            throw new Fail("unknown argument '" + String.join(" ", args) + "' for bench", "./huset bench [pages]");
        }
        if (run.dbSuffix().isEmpty() || !run.dbSuffix().matches("[a-z0-9_]+")) {
            throw new Fail("the bench needs databases of its own", "unset HUSET_BENCH_DB_SUFFIX (default _bench)");
        }
        run.need("wrk", "wrk");
        run.need("pgbench", "postgresql-client");
        LocalSuite yours = new LocalSuite(settings, run.processes, run.secrets, run.postgres);
        String yourSuffix = yours.allRunning() ? BenchRun.read(settings.pids().resolve("db-suffix")).strip() : null;
        step("stopping the suite; the bench runs it on its own databases (" + run.database("intake") + ", ...)");
        run.huset("down", Map.of());
        dropDatabases();
        try {
            measure();
        } finally {
            run.huset("down", Map.of());
            dropDatabases();
            if (yourSuffix != null) {
                step("starting your suite again: ./huset up");
                run.dbSuffix(yourSuffix);
                run.huset("up", Map.of());
            }
        }
        say("");
        say("written: " + run.report + " (README.md's Benchmarks section updated)");
        return 0;
    }

    private void measure() {
        PagesBench pages = new PagesBench(run);
        run.huset("up", Map.of());
        pages.plansOn();
        // start-up is measured on a second start: databases migrated, class-data-sharing archives written
        step("restarting the suite to measure start-up: ./huset down && ./huset up");
        run.huset("down", Map.of());
        run.huset("up", Map.of());
        new RegistrationBench(run).measure();
        try {
            new RolloutBench(run).measure();
        } catch (Fail fail) {
            warn("the rollout dashboard bench did not run (" + fail.getMessage() + "); the rest of the report stands");
        }
        updateReadme();
        new BookingBench(run).measure();
        pages.measure("Pages and list APIs through the gateway");
        if (settings.env("HUSET_BENCH_COUNTY", "1").equals("0")) {
            say("county scale left out (HUSET_BENCH_COUNTY=0)");
        } else {
            county(pages);
        }
    }

    /**
     * The county-scale section (issue 14): databases of their own (huset_&lt;process&gt;_bench_county), five years of
     * a county of 130,000 inhabitants loaded by {@code HUSET_DEMO_SCALE=county ./huset up}, the load time and the
     * volumes against the minimums, then every page and list API again on that data.
     */
    private void county(PagesBench pages) {
        step("county scale: the suite on databases of its own, five years of a county's data");
        run.huset("down", Map.of());
        dropDatabases();                                  // the demo-scale bench databases are done with
        run.dbSuffix(run.dbSuffix() + "_county");
        dropDatabases();
        long started = System.currentTimeMillis();
        run.huset("up", Map.of("HUSET_DEMO_SCALE", "county"));
        long loaded = (System.currentTimeMillis() - started) / 1000;
        pages.plansOn();
        run.huset("down", Map.of());                      // new connections, so auto_explain is on in every one
        run.huset("up", Map.of());
        List<String> section = new ArrayList<>(List.of("", "## County scale", "",
                "`HUSET_DEMO_SCALE=county ./huset up` on empty databases (" + run.database("intake") + ", ...): start-up "
                        + "and every process's", "`demo-data --scale county` took **" + loaded + " s**. What it loaded, "
                        + "against issue 14's minimums:", "", "| what | loaded | at least | |", "| --- | ---: | ---: | --- |"));
        long audit = run.processes.services().stream()
                .mapToLong(p -> Long.parseLong(run.serviceSql(p.name(), "select count(*) from kit_audit"))).sum();
        volume(section, "clients", count("intake", "client"), 15_000);
        volume(section, "contacts", count("intake", "contact"), 100_000);
        volume(section, "appointments", count("booking", "appointment"), 60_000);
        volume(section, "enrolments", Long.parseLong(run.serviceSql("programs",
                "select count(*) from enrollment where id in (select enrollment_id from attendance)")), 5_000);
        volume(section, "placements", count("housing", "placement"), 2_000);
        volume(section, "follow-ups", count("followup", "follow_up"), 20_000);
        volume(section, "audit rows", audit, 1_000_000);
        run.append(String.join("\n", section));
        pages.measure("Pages and list APIs through the gateway, county scale");
    }

    private long count(String process, String table) {
        return Long.parseLong(run.serviceSql(process, "select count(*) from " + table));
    }

    private static void volume(List<String> section, String what, long loaded, long atLeast) {
        section.add(BenchRun.format("| %s | %d | %d | %s |", what, loaded, atLeast, loaded >= atLeast ? "✅" : "❌"));
    }

    /** The bench's databases dropped, with their audit anchors (they would call the next log of that name broken). */
    private void dropDatabases() {
        for (SuiteProcess p : run.processes.all()) {
            String database = run.database(p.name());
            if (!run.postgres.admin("drop database if exists " + database + " with (force)").ok()) {
                warn("could not drop " + database);
            }
            run.suite().anchorFile(p).toFile().delete();
        }
        DemoData.forget(settings, run.processes, run.dbSuffix());
    }

    /** The summary table of REPORT.md copied into README.md between its bench markers. */
    private void updateReadme() {
        Path readme = settings.root().resolve("README.md");
        String text = BenchRun.read(readme);
        String report = BenchRun.read(run.report);
        int begin = text.indexOf("<!-- bench:begin -->");
        int end = text.indexOf("<!-- bench:end -->");
        int summaryBegin = report.indexOf("<!-- bench-summary:begin -->");
        int summaryEnd = report.indexOf("<!-- bench-summary:end -->");
        if (begin < 0 || end < begin || summaryBegin < 0 || summaryEnd < summaryBegin) {
            return;
        }
        String summary = report.substring(report.indexOf('\n', summaryBegin) + 1, summaryEnd);
        String updated = text.substring(0, begin) + "<!-- bench:begin -->\nLatest run (" + BenchRun.now()
                + "), full report in [compose/bench/REPORT.md](compose/bench/REPORT.md):\n\n" + summary + text.substring(end);
        try {
            Files.writeString(readme, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
