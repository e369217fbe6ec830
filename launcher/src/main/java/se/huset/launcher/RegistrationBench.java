package se.huset.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * Contact registration ({@code POST /api/intake/contacts} as reception.region, an anonymous phone self-application
 * with its own Idempotency-Key) measured at the same concurrency (a) through the gateway and (b) directly against
 * intake with wrk and compose/bench/register.lua, (c) as pgbench running compose/bench/registration.sql, the SQL one
 * registration runs, and (d) through nginx proxying to the same intake, the reference for what a proxy's hop costs;
 * plus each process's start-up time and memory. Writes the first section of REPORT.md.
 */
final class RegistrationBench {

    private static final String CONTACTS = "/api/intake/contacts";
    private static final String CONTACT = "{\"channel\":\"PHONE\",\"kind\":\"SELF_APPLICATION\",\"referrer\":\"SELF\","
            + "\"substances\":[\"ALCOHOL\"],\"reason\":\"bench\",\"person\":{\"anonymous\":true}}";
    private static final double TARGET_GATEWAY_RATIO = 0.8;
    private static final double TARGET_PGBENCH_RATIO = 0.5;
    private static final long TARGET_START_MS = 3000;
    private static final long TARGET_RSS_MB = 250;

    private enum Way {
        GATEWAY("(a) through the gateway"), DIRECT("(b) directly to intake"), PGBENCH("(c) pgbench, registration.sql"),
        NGINX("(d) through nginx");

        final String label;

        Way(String label) {
            this.label = label;
        }

        String file() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final BenchRun run;
    private final int duration;
    private final int warmup;
    private final int rounds;
    private final Map<Way, Load> last = new EnumMap<>(Way.class);
    private final List<Double> gatewayRatios = new ArrayList<>();
    private final List<Double> pgbenchRatios = new ArrayList<>();
    private final List<Double> nginxRatios = new ArrayList<>();
    private final List<Double> gatewayNginxRatios = new ArrayList<>();

    RegistrationBench(BenchRun run) {
        this.run = run;
        this.duration = run.number("HUSET_BENCH_DURATION", 10);   // seconds measured per path and round
        this.warmup = run.number("HUSET_BENCH_WARMUP", 60);       // the same load first, not counted: the JIT finishes
        this.rounds = run.number("HUSET_BENCH_ROUNDS", 4);
    }

    void measure() {
        ReferenceProxy nginx = new ReferenceProxy(run);
        boolean withNginx = nginx.start();
        try {
            // the machine is shared and noisy: the paths take turns, the order reversed every other round, and each
            // ratio is the median of the per-round ratios, so background load hits both sides of a ratio alike
            for (int round = 1; round <= rounds; round++) {
                List<Way> order = new ArrayList<>(List.of(Way.GATEWAY, Way.DIRECT, Way.NGINX, Way.PGBENCH));
                if (!withNginx) {
                    order.remove(Way.NGINX);
                }
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (Way way : order) {
                    settle();
                    step("round " + round + "/" + rounds + " " + way.file() + ": " + duration + "s at " + run.connections
                            + " connections");
                    last.put(way, switch (way) {
                        case GATEWAY -> wrk(way, run.gateway(), round == 1);
                        case DIRECT -> wrk(way, run.url("intake"), round == 1);
                        case NGINX -> wrk(way, "http://127.0.0.1:" + nginx.port, round == 1);
                        case PGBENCH -> pgbench(round == 1);
                    });
                }
                gatewayRatios.add(Stats.ratio(last.get(Way.GATEWAY).rps(), last.get(Way.DIRECT).rps()));
                pgbenchRatios.add(Stats.ratio(last.get(Way.DIRECT).rps(), last.get(Way.PGBENCH).rps()));
                if (withNginx) {
                    nginxRatios.add(Stats.ratio(last.get(Way.NGINX).rps(), last.get(Way.DIRECT).rps()));
                    gatewayNginxRatios.add(Stats.ratio(last.get(Way.GATEWAY).rps(), last.get(Way.NGINX).rps()));
                }
            }
        } finally {
            nginx.stop();
        }
        say("");
        write(nginx.version());
    }

    private Load wrk(Way way, String base, boolean warm) {
        String token = run.token("reception.region");
        checkRegistration(base, token);
        Map<String, String> env = Map.of("HUSET_BENCH_TOKEN", token,
                "HUSET_BENCH_RUN", way.file() + "-" + System.currentTimeMillis());
        if (warm) {
            run.runTool(wrkCommand(base, warmup), env, way.file() + "-warmup.txt");
            settle();
        }
        return Load.ofWrk(run.runTool(wrkCommand(base, duration), env, way.file() + ".txt"), run.out.resolve(way.file() + ".txt"));
    }

    private List<String> wrkCommand(String base, int seconds) {
        return List.of("wrk", "-t" + run.threads, "-c" + run.connections, "-d" + seconds + "s", "--latency", "-s",
                run.dir.resolve("register.lua").toString(), base + CONTACTS);
    }

    /** One registration by hand first: a load test of 4xx answers would measure nothing. */
    private void checkRegistration(String base, String token) {
        BenchRun.Answer answer = run.send("POST", base + CONTACTS, token, CONTACT,
                Map.of("Idempotency-Key", "bench-check-" + System.nanoTime()));
        if (answer.code() != 201) {
            throw new Fail("POST " + base + CONTACTS + " answered " + answer.code() + ", not 201: " + answer.body(),
                    "fix contact registration first (./huset logs intake), then ./huset bench again");
        }
    }

    /** pgbench on intake's database as intake's service role, the pool's, with the same connections and threads. */
    private Load pgbench(boolean warm) {
        Map<String, String> env = Map.of("PGPASSWORD", run.servicePassword("intake"));
        List<String> command = new ArrayList<>(run.pgbench("intake"));
        command.addAll(List.of("-f", run.dir.resolve("registration.sql").toString(), run.database("intake")));
        if (warm) {
            run.runTool(with(command, "-T", String.valueOf(warmup)), env, "pgbench-warmup.txt");
        }
        Path logs = run.out.resolve("pgbench_log");
        deleteLogs(logs);
        String output = run.runTool(with(command, "-T", String.valueOf(duration), "-l", "--log-prefix=" + logs), env,
                "pgbench.txt");
        return Load.ofPgbench(output, logs);
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command.subList(0, command.size() - 1));
        all.addAll(List.of(more));
        all.add(command.get(command.size() - 1));   // the database stays last
        return all;
    }

    private static void deleteLogs(Path prefix) {
        java.io.File[] old = prefix.getParent().toFile().listFiles(f -> f.getName().startsWith(prefix.getFileName().toString()));
        for (java.io.File file : old == null ? new java.io.File[0] : old) {
            file.delete();
        }
    }

    /**
     * The writes of one path leave work behind: every registration is an event that the feed consumers still have
     * to read. Measured on top of that catch-up, a path would pay for the one before it, so before each path the
     * bench waits until every consumer is caught up (huset_feed_lag 0), at most 180 s.
     */
    private void settle() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            long lag = run.processes.all().stream().mapToLong(p -> feedLag(run.url(p.name()))).sum();
            if (lag == 0) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                warn("the feed consumers are still " + lag + " events behind after 180 s; measuring anyway");
                return;
            }
            Os.sleep(1000);
        }
    }

    private long feedLag(String base) {
        return run.get(base + "/prometheus", null, "text/plain").body().lines().filter(l -> l.startsWith("huset_feed_lag"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private void write(Optional<String> nginxVersion) {
        double gateway = Stats.median(gatewayRatios);
        double pgbench = Stats.median(pgbenchRatios);
        double nginx = Stats.median(nginxRatios);
        double gatewayNginx = Stats.median(gatewayNginxRatios);
        List<String> lines = new ArrayList<>(List.of("# Benchmark: contact registration", "",
                "Run by `./huset bench` on " + BenchRun.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores ("
                        + System.getProperty("os.arch") + "), the suite on Java " + run.settings.javaMajor() + " ("
                        + run.settings.java() + "), PostgreSQL on "
                        + run.postgres.host + ":" + run.postgres.port + " (" + run.postgres.kind.name().toLowerCase(java.util.Locale.ROOT) + ").",
                "Load: `POST " + CONTACTS + "` (anonymous PHONE self-application, own Idempotency-Key per request) with wrk,",
                run.connections + " connections on " + run.threads + " threads, " + warmup + " s warm-up then " + duration
                        + " s measured; pgbench runs",
                "`compose/bench/registration.sql` as role " + BenchRun.serviceRole("intake") + " on database "
                        + run.database("intake") + " with the same connections;",
                "nginx (" + nginxVersion.orElse("not available") + ") proxies the same requests to the same intake with "
                        + "upstream keep-alive and an access log.",
                "The paths are measured in turn, " + rounds + " rounds, the order reversed every other round; each ratio "
                        + "is the median of",
                "the per-round ratios (gateway/direct per round: " + shown(gatewayRatios) + "; direct/pgbench: "
                        + shown(pgbenchRatios) + ";",
                "nginx/direct: " + shown(nginxRatios) + "). The table shows the last round. Before each path (and after "
                        + "each warm-up)",
                "the bench waits until every feed consumer has read the events the writes before produced (huset_feed_lag 0).",
                "Load generator, services and database share the machine's cores.", "",
                "<!-- bench-summary:begin -->",
                "| path | requests/s | avg ms | p50 ms | p99 ms | requests | errors |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
                last.get(Way.GATEWAY).row(Way.GATEWAY.label + " :" + run.port(SuiteProcess.GATEWAY)),
                last.get(Way.DIRECT).row(Way.DIRECT.label + " :" + run.port("intake")),
                last.get(Way.PGBENCH).row(Way.PGBENCH.label),
                last.containsKey(Way.NGINX) ? last.get(Way.NGINX).row(Way.NGINX.label + " (reference proxy)")
                        : "| " + Way.NGINX.label + " (reference proxy) | n/a: nginx not available | | | | | |",
                "", "| ratio | value | target | |", "| --- | ---: | ---: | --- |",
                "| gateway / direct | " + Stats.show(gateway) + " | ≥ " + TARGET_GATEWAY_RATIO + " | "
                        + Stats.meets(gateway, TARGET_GATEWAY_RATIO, true) + " |",
                "| direct / pgbench | " + Stats.show(pgbench) + " | ≥ " + TARGET_PGBENCH_RATIO + " | "
                        + Stats.meets(pgbench, TARGET_PGBENCH_RATIO, true) + " |",
                "| nginx / direct (reference proxy) | " + Stats.show(nginx) + " | | |",
                "| gateway / nginx | " + Stats.show(gatewayNginx) + " | | |", "",
                "| process | start-up ms | < " + TARGET_START_MS + " ms | RSS MB now | RSS MB peak | < " + TARGET_RSS_MB + " MB |",
                "| --- | ---: | --- | ---: | ---: | --- |"));
        LocalSuite suite = run.suite();
        for (SuiteProcess p : run.processes.all()) {
            double startMs = suite.startupMillis(p).map(Long::doubleValue).orElse(Double.NaN);
            String status = suite.runningPid(p).map(pid -> BenchRun.read(Path.of("/proc/" + pid + "/status"))).orElse("");
            double rss = memoryMb(status, "VmRSS:");
            double peak = memoryMb(status, "VmHWM:");
            lines.add("| " + p.name() + " | " + whole(startMs) + " | " + Stats.meets(startMs, TARGET_START_MS, false) + " | "
                    + whole(rss) + " | " + whole(peak) + " | " + Stats.meets(peak, TARGET_RSS_MB, false) + " |");
        }
        lines.addAll(List.of("<!-- bench-summary:end -->", "",
                "Start-up: from launch to the first 200 on `/health`, as recorded by the `./huset up` that started the",
                "process (one process at a time, flags `" + String.join(" ", run.processes.jvmFlags(run.processes.get("intake"),
                        run.settings.javaMajor())) + "`, the gateway without the C1 limit, plus the process's "
                        + "class-data-sharing archive",
                "on JDK 19+, which `./huset up` writes with a training start right after a build). RSS from "
                        + "`/proc/<pid>/status`",
                "(VmRSS now, VmHWM peak) after the load. Errors: non-2xx answers plus socket errors (wrk), failed "
                        + "transactions (pgbench).",
                "Raw output of the last run: `.huset/bench/`."));
        try {
            Files.writeString(run.report, "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        run.append(String.join("\n", lines));
    }

    private static String shown(List<Double> ratios) {
        return ratios.isEmpty() ? "n/a" : String.join(" ", ratios.stream().map(Stats::show).toList());
    }

    private static String whole(double value) {
        return Double.isNaN(value) ? "n/a" : String.valueOf(Math.round(value));
    }

    /** A /proc/&lt;pid&gt;/status line in MB ("VmRSS:   201234 kB"), NaN when absent (not Linux, not running). */
    private static double memoryMb(String status, String field) {
        return status.lines().filter(l -> l.startsWith(field)).findFirst()
                .map(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024).orElse(Double.NaN);
    }
}
