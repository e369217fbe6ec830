package se.huset.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static se.huset.launcher.Console.step;

/**
 * The rollout dashboard's render time against its own SQL: {@code GET /rollout} direct to rollout as steering,
 * and the dashboard's two KPI queries (compose/bench/rollout-kpis.sql) timed by psql as rollout's service role,
 * each the median of HUSET_BENCH_ROLLOUT_RUNS runs. Appends its section to REPORT.md.
 */
final class RolloutBench {

    private static final Pattern TIMING = Pattern.compile("(?m)^Time: ([0-9.]+) ms");
    private static final long TARGET_RENDER_MS = 1000;

    private final BenchRun run;
    private final int runs;

    RolloutBench(BenchRun run) {
        this.run = run;
        this.runs = Math.max(1, run.number("HUSET_BENCH_ROLLOUT_RUNS", 20));
    }

    void measure() {
        String token = run.token("steering");
        String dashboard = run.url("rollout") + "/rollout";
        step("rollout: dashboard GET /rollout " + runs + " times (direct to rollout, as steering)");
        BenchRun.Answer first = run.get(dashboard, token, "text/html");
        if (first.code() != 200) {
            throw new Fail("GET /rollout answered " + first.code(), "./huset logs rollout");
        }
        List<Double> render = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            render.add(run.get(dashboard, token, "text/html").millis());
        }
        double renderMs = Stats.median(render);
        double sqlMs = Stats.median(sqlTimes());
        String points = run.serviceSql("rollout", "select count(*) from kpi_point");
        run.append(String.join("\n", "", "## Rollout dashboard (" + BenchRun.now() + ")", "",
                "Median of " + runs + " runs. The page is `GET /rollout` direct to rollout as `steering` (timeline, KPIs "
                        + "with trends,",
                "action plans, training, costs), against the dashboard's two KPI queries (compose/bench/rollout-kpis.sql: "
                        + "newest point per KPI,",
                "weekly trend from kpi_week) run in psql as " + BenchRun.serviceRole("rollout") + " on "
                        + run.database("rollout") + "; " + points + " KPI points in the table.", "",
                "| measure | median ms | target |", "| --- | --- | --- |",
                "| dashboard render | " + Stats.show(renderMs) + " | < " + TARGET_RENDER_MS + " ms: "
                        + Stats.meets(renderMs, TARGET_RENDER_MS, false) + " |",
                "| KPI queries in SQL | " + Stats.show(sqlMs) + " | |",
                "| ratio render / SQL | " + Stats.show(Stats.ratio(renderMs, sqlMs)) + " | |"));
    }

    /** The two queries' time per run, as psql's \timing reports them (two statements a run, summed). */
    private List<Double> sqlTimes() {
        step("rollout: the dashboard's KPI queries in psql, " + runs + " times (\\timing, "
                + BenchRun.serviceRole("rollout") + ")");
        String queries = BenchRun.read(run.dir.resolve("rollout-kpis.sql"));
        StringBuilder input = new StringBuilder("\\timing on\n\\o /dev/null\n");
        for (int i = 0; i < runs; i++) {
            input.append(queries).append('\n');
        }
        Os.Result result = run.postgres.psql(BenchRun.serviceRole("rollout"), run.servicePassword("rollout"),
                run.database("rollout"), null, input.toString());
        if (!result.ok()) {
            throw new Fail("psql failed on the KPI queries: " + result.out(), "check the rollout database");
        }
        return runTimes(result.out());
    }

    /** psql's "Time: … ms" lines, two statements a run, as one time per run. */
    static List<Double> runTimes(String psqlOutput) {
        List<Double> statements = new ArrayList<>();
        Matcher time = TIMING.matcher(psqlOutput);
        while (time.find()) {
            statements.add(Double.parseDouble(time.group(1)));
        }
        List<Double> perRun = new ArrayList<>();
        for (int i = 0; i + 1 < statements.size(); i += 2) {
            perRun.add(statements.get(i) + statements.get(i + 1));
        }
        return perRun;
    }
}
