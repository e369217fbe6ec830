package se.huset.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * Every menu page through the gateway as each demo account that has it in its menu, and every list API as the
 * account that works from it: p50, p95 and max of HUSET_BENCH_PAGE_RUNS sequential requests each, against the
 * targets. The slowest five are asked once more while PostgreSQL's auto_explain logs every statement over 10 ms
 * ({@link #plansOn}, superuser only), and their plans go into the report, with every sequential scan of a table of
 * over 10,000 rows named.
 */
final class PagesBench {

    private static final long TARGET_PAGE_MS = 300;
    private static final long TARGET_API_MS = 100;
    /** The gateway answers 503 at 1,500 ms: nothing may come near it. */
    private static final long NEAR_TIMEOUT_MS = 1000;
    private static final long LARGE_TABLE_ROWS = 10_000;
    private static final List<String> ACCOUNTS = List.of("reception.region", "reception.kommun", "therapist.region",
            "therapist.kommun", "socialworker.kommun", "housing.kommun", "steering", "userorg", "researcher", "auditor",
            "admin");
    /** The list APIs, each with the account that works from it (first pages: what a worklist opens with). */
    private static final List<Map.Entry<String, String>> APIS = List.of(
            Map.entry("reception.region", "/api/intake/contacts?status=NEW"),
            Map.entry("reception.kommun", "/api/intake/contacts"),
            Map.entry("reception.region", "/api/booking/requests?status=OPEN"),
            Map.entry("reception.kommun", "/api/booking/requests?status=OPEN"),
            Map.entry("therapist.region", "/api/followup/follow-ups/due"),
            Map.entry("therapist.kommun", "/api/followup/alerts"),
            Map.entry("reception.region", "/api/followup/alerts"),
            Map.entry("socialworker.kommun", "/api/followup/sips"),
            Map.entry("socialworker.kommun", "/api/housing/placements"),
            Map.entry("socialworker.kommun", "/api/housing/alerts"));
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":\"([0-9a-f-]{36})\"");
    private static final Pattern MENU_LINK = Pattern.compile("class=\"nav-link\" href=\"([^\"]*)\"");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on ([a-z_0-9]+)");
    private static final Pattern DATABASE = Pattern.compile("@(huset_[a-z_0-9]+)");
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d ");

    private record Result(String kind, String account, String path, double p50, double p95, double max, int errors) {
        boolean met() {
            return p95 <= (kind.equals("api") ? TARGET_API_MS : TARGET_PAGE_MS) && max < NEAR_TIMEOUT_MS && errors == 0;
        }
    }

    private final BenchRun run;
    private final int runs;

    PagesBench(BenchRun run) {
        this.run = run;
        this.runs = Math.max(1, run.number("HUSET_BENCH_PAGE_RUNS", 20));
    }

    /**
     * auto_explain on every bench database, for the connections of the next start: only a superuser may set
     * session_preload_libraries, so without one the report has no plans.
     */
    void plansOn() {
        for (SuiteProcess p : run.processes.all()) {
            String database = run.database(p.name());
            Os.Result result = run.postgres.superSql(database, null, "alter database " + database
                    + " set session_preload_libraries = 'auto_explain';\nalter database " + database
                    + " set auto_explain.log_min_duration = '10ms';\nalter database " + database
                    + " set auto_explain.log_analyze = on;\n");
            if (!result.ok()) {
                warn("auto_explain could not be set on " + database + " (needs a superuser): the report will have no plans");
                return;
            }
        }
    }

    void measure(String heading) {
        if (!run.get(run.gateway() + "/health", null, "application/json").ok()) {
            throw new Fail("the gateway is not answering on " + run.gateway(), "./huset up, then run this again");
        }
        List<Result> results = new ArrayList<>();
        for (String account : ACCOUNTS) {
            String token = run.token(account);
            step("pages: the menu of " + account + ", " + runs + " requests per page through the gateway");
            String home = run.get(run.gateway() + "/", token, "text/html").body();
            TreeSet<String> menu = new TreeSet<>();
            Matcher link = MENU_LINK.matcher(home);
            while (link.find()) {
                menu.add(link.group(1));
            }
            menu.forEach(path -> results.add(time("page", account, token, path)));
        }
        step("pages: the list APIs, " + runs + " requests each");
        APIS.forEach(api -> results.add(time("api", api.getKey(), run.token(api.getKey()), api.getValue())));
        clientOverview(results);
        report(heading, results);
    }

    /**
     * The client overview (issue 17: p95 ≤ 300 ms with every service answering) of the first frequent attender,
     * whose timeline is among the longest: its page and its API, as the Region's therapist.
     */
    private void clientOverview(List<Result> results) {
        String account = "therapist.region";
        String token = run.token(account);
        Matcher client = CLIENT_ID.matcher(run.get(run.gateway() + "/api/followup/frequent-attenders?limit=1", token,
                "application/json").body());
        if (!client.find()) {
            warn("no frequent attender to open the client overview of: the overview is not measured");
            return;
        }
        step("pages: the client overview of a frequent attender, " + runs + " requests each");
        results.add(time("page", account, token, "/intake/clients/" + client.group(1)));
        results.add(time("overview", account, token, "/api/intake/clients/" + client.group(1) + "/overview"));
    }

    private Result time(String kind, String account, String token, String path) {
        String url = run.gateway() + path;
        String accept = kind.equals("page") ? "text/html" : "application/json";
        run.get(url, token, accept);                                  // the first request warms caches: not counted
        List<Double> millis = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < runs; i++) {
            BenchRun.Answer answer = run.get(url, token, accept);
            errors += answer.ok() ? 0 : 1;
            millis.add(answer.millis());
        }
        millis.sort(null);
        return new Result(kind, account, path, Stats.percentile(millis, 0.5), Stats.percentile(millis, 0.95),
                millis.get(millis.size() - 1), errors);
    }

    private void report(String heading, List<Result> results) {
        List<String> lines = new ArrayList<>(List.of("", "## " + heading, "",
                "Run on " + BenchRun.now() + ": every menu page of every demo account, as that account, and every list",
                "API as the account that works from it, through the gateway (" + run.gateway() + "); " + runs
                        + " sequential requests each",
                "after one not counted. Targets: page p95 ≤ " + TARGET_PAGE_MS + " ms, API p95 ≤ " + TARGET_API_MS
                        + " ms, no request ≥ " + NEAR_TIMEOUT_MS + " ms",
                "(the gateway answers 503 at 1,500 ms). Data: " + dataNote() + ".", "",
                "| kind | account | path | p50 ms | p95 ms | max ms | errors | target |",
                "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"));
        for (Result r : results) {
            lines.add(BenchRun.format("| %s | %s | `%s` | %.1f | %.1f | %.1f | %d | %s |", r.kind(), r.account(), r.path(),
                    r.p50(), r.p95(), r.max(), r.errors(), r.met() ? "✅ met" : "❌ missed"));
        }
        lines.addAll(List.of("", "### The slowest five, with the plans PostgreSQL logged for one more request "
                + "(auto_explain, statements ≥ 10 ms)"));
        for (Result slow : results.stream().sorted(Comparator.comparingDouble(Result::p95).reversed()).limit(5).toList()) {
            String plans = plans(slow);
            List<String> scans = largeSeqScans(plans);
            lines.addAll(List.of("", "**`" + slow.path() + "`** as " + slow.account() + ": p95 " + Stats.show(slow.p95())
                    + " ms. Sequential scans of large tables: " + (scans.isEmpty() ? "none" : String.join(", ", scans)) + ".",
                    "", "```", plans.isBlank() ? "(no statement of this request took 10 ms or more)" : plans, "```"));
        }
        run.append(String.join("\n", lines));
    }

    /** The plans auto_explain logged while the page was asked once more: what the server log gained meanwhile. */
    private String plans(Result slow) {
        Optional<Path> log = serverLog();
        if (log.isEmpty()) {
            return "(no server log readable here: plans not collected)";
        }
        long before = size(log.get());
        run.get(run.gateway() + slow.path(), run.token(slow.account()), slow.kind().equals("api") ? "application/json" : "text/html");
        Os.sleep(300);
        List<String> plans = new ArrayList<>();
        boolean inside = false;
        for (String line : tail(log.get(), before).lines().toList()) {
            if (LOG_LINE.matcher(line).find()) {
                inside = line.contains("duration: ") && line.contains(" plan:");
            }
            if (inside && plans.size() < 120) {
                plans.add(line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        return String.join("\n", plans);
    }

    /** The sequential scans in the plans of tables with over LARGE_TABLE_ROWS rows, by the planner's estimate. */
    private List<String> largeSeqScans(String plans) {
        TreeSet<String> tables = matches(SEQ_SCAN, plans);
        List<String> large = new ArrayList<>();
        for (String database : matches(DATABASE, plans)) {
            for (String table : tables) {
                String rows = run.postgres.superSql(database, null, "select coalesce(max(reltuples), 0)::bigint from "
                        + "pg_class where relname = '" + table + "'\n").out().strip();
                if (rows.matches("[0-9]+") && Long.parseLong(rows) > LARGE_TABLE_ROWS) {
                    large.add(table + " (" + rows + " rows, " + database + ")");
                }
            }
        }
        return large;
    }

    private static TreeSet<String> matches(Pattern pattern, String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The server's log file where this user can read it: the system cluster's (root), the embedded one's. */
    private Optional<Path> serverLog() {
        Path log = switch (run.postgres.kind) {
            case SYSTEM -> Os.run(List.of("pg_lsclusters", "--no-header"), Map.of(), null, Path.of("/"), null).out().lines()
                    .map(l -> l.trim().split("\\s+"))
                    .filter(c -> c.length >= 7 && c[2].equals(String.valueOf(run.postgres.port)))
                    .map(c -> Path.of(c[6])).findFirst().orElse(null);
            case EMBEDDED -> run.settings.logs().resolve("postgres.log");
            default -> null;
        };
        return log != null && Files.isReadable(log) ? Optional.of(log) : Optional.empty();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String tail(Path file, long from) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= from) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - from, 4_000_000)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** How much data the measured suite holds, so figures from the demo and from county-scale data are not confused. */
    private String dataNote() {
        try {
            return run.serviceSql("intake", "select count(*) from client") + " clients, "
                    + run.serviceSql("intake", "select count(*) from contact") + " contacts in " + run.database("intake");
        } catch (Fail notReadable) {
            return "volumes not readable";
        }
    }
}
