package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static se.huset.launcher.Console.step;

/**
 * What the parts of ./huset bench share: the suite's processes, ports and databases (the bench's own, by suffix),
 * the demo accounts' tokens, timed HTTP, SQL, the report, and the tools it runs (wrk, pgbench).
 */
final class BenchRun {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final Settings settings;
    final ProcessList processes;
    final Postgres postgres;
    final Secrets secrets;
    /** compose/bench: the scripts wrk and pgbench run, and REPORT.md. */
    final Path dir;
    /** .huset/bench: the raw output of the last run. */
    final Path out;
    final Path report;
    final int connections;
    final int threads;
    private String dbSuffix;

    BenchRun(Settings settings, ProcessList processes, Postgres postgres, Secrets secrets, String dbSuffix) {
        this.settings = settings;
        this.processes = processes;
        this.postgres = postgres;
        this.secrets = secrets;
        this.dir = settings.root().resolve("compose/bench");
        this.out = settings.state().resolve("bench");
        this.report = dir.resolve("REPORT.md");
        this.connections = number("HUSET_BENCH_CONNECTIONS", 8);
        this.threads = number("HUSET_BENCH_THREADS", 2);
        this.dbSuffix = dbSuffix;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String dbSuffix() {
        return dbSuffix;
    }

    void dbSuffix(String suffix) {
        dbSuffix = suffix;
    }

    /** A whole number from the environment (README "Configuration"), or the fallback. */
    int number(String key, int fallback) {
        String value = settings.env(key, String.valueOf(fallback));
        if (!value.matches("[0-9]+")) {
            throw new Fail(key + "='" + value + "' is not a whole number", "e.g. " + key + "=" + fallback);
        }
        return Integer.parseInt(value);
    }

    int port(String process) {
        return settings.port(processes.get(process));
    }

    String url(String process) {
        return "http://127.0.0.1:" + port(process);
    }

    String gateway() {
        return url(SuiteProcess.GATEWAY);
    }

    String database(String process) {
        return processes.get(process).database(dbSuffix);
    }

    /** ./huset &lt;command&gt; on the bench's databases, run here: the same code as at the prompt. */
    void huset(String command, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(settings.environment());
        env.put("HUSET_DB_SUFFIX", dbSuffix);
        env.putAll(environment);
        int code = new Huset(new Settings(settings.root(), env, settings.java())).run(command, List.of());
        if (code != 0) {
            throw new Fail("./huset " + command + " failed on the databases huset_*" + dbSuffix, "read the lines above");
        }
    }

    /** The running suite on the bench's databases, for its pids and health. */
    LocalSuite suite() {
        Map<String, String> env = new HashMap<>(settings.environment());
        env.put("HUSET_DB_SUFFIX", dbSuffix);
        return new LocalSuite(new Settings(settings.root(), env, settings.java()), processes, secrets, postgres);
    }

    // --- HTTP ------------------------------------------------------------------------------------------------

    /** An answer, with the time from sending to the whole body read (0 as code: no answer). */
    record Answer(int code, String body, double millis) {
        boolean ok() {
            return code >= 200 && code < 300;
        }
    }

    Answer get(String url, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET()
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Answer send(String method, String url, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private static Answer send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - started) / 1e6);
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e.getMessage()), (System.nanoTime() - started) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fail("interrupted", "run ./huset bench again");
        }
    }

    /** A demo account's access token from the gateway (POST /api/auth/token). */
    String token(String account) {
        Answer answer = send("POST", gateway() + "/api/auth/token", null,
                "{\"username\":\"" + account + "\",\"password\":\"" + Huset.DEMO_PASSWORD + "\"}", Map.of());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.code() != 200 || !token.find()) {
            throw new Fail("no token for the demo account " + account + " (" + answer.code() + "): "
                    + abbreviate(answer.body()), "are the demo accounts loaded? ./huset demo-data");
        }
        return token.group(1);
    }

    // --- SQL -------------------------------------------------------------------------------------------------

    /** SQL as a process's own service role (huset_&lt;name&gt;_app) on its database; the rows, or a Fail. */
    String serviceSql(String process, String sql) {
        Os.Result result = postgres.psql(serviceRole(process), servicePassword(process), database(process), null, sql);
        if (!result.ok()) {
            throw new Fail("psql as " + serviceRole(process) + " on " + database(process) + " failed: " + abbreviate(sql),
                    "check ./huset status, and that the bench databases exist");
        }
        return result.out().strip();
    }

    /** SQL as the server's superuser on a database (the system or embedded server only); empty when refused. */
    String superSql(String database, String sql) {
        Os.Result result = postgres.superSql(database, null, sql);
        return result.ok() ? result.out().strip() : "";
    }

    static String serviceRole(String process) {
        return "huset_" + process + "_app";
    }

    String servicePassword(String process) {
        return secrets.get(processes.get(process).envPrefix() + "_DB_PASSWORD");
    }

    /** pgbench's connection arguments and the same connections and threads as wrk, as the process's service role. */
    List<String> pgbench(String process) {
        return List.of("pgbench", "-n", "-h", postgres.host, "-p", String.valueOf(postgres.port), "-U",
                serviceRole(process), "-c", String.valueOf(connections), "-j", String.valueOf(threads));
    }

    /** Runs a load tool to its end, its output in .huset/bench/&lt;name&gt;; that output, or a Fail naming it. */
    String runTool(List<String> command, Map<String, String> env, String name) {
        Path output = out.resolve(name);
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int code = Os.runLogged(command, env, settings.root(), output);
        String text = read(output);
        if (code != 0) {
            throw new Fail(command.get(0) + " failed (output: " + output + ")", "read that file; then ./huset bench again");
        }
        return text;
    }

    /** A tool the bench needs: installed as root from Debian's package when missing, else a Fail saying how. */
    void need(String program, String debianPackage) {
        if (Os.have(program)) {
            return;
        }
        if (Os.isRoot() && Os.have("apt-get")) {
            step("installing " + program + " (apt-get install -y " + debianPackage + ")");
            if (Os.aptInstall(settings.logs().resolve(program + "-install.log"), "--no-install-recommends", debianPackage)
                    && Os.have(program)) {
                return;
            }
        }
        throw new Fail(program + " is not installed", "sudo apt-get install -y " + debianPackage
                + " (macOS: brew install " + program + "), then ./huset bench again");
    }

    // --- the report ------------------------------------------------------------------------------------------

    /** Prints a section and puts it into REPORT.md ({@link #withSection}). */
    void append(String section) {
        System.out.println(section);
        try {
            Files.writeString(report, withSection(read(report), section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report with {@code section} in it: in place of an older section under the same {@code ## } heading (so
     * {@code ./huset bench pages} refreshes the pages of a full run's report), at the end otherwise.
     */
    static String withSection(String report, String section) {
        String heading = section.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        List<String> lines = new ArrayList<>(report.lines().toList());
        int from = heading.startsWith("## ") ? lines.indexOf(heading) : -1;
        if (from < 0) {
            return report + section + "\n";
        }
        int to = from + 1;
        while (to < lines.size() && !lines.get(to).startsWith("## ")) {
            to++;
        }
        while (from > 0 && lines.get(from - 1).isBlank()) {
            from--;
        }
        List<String> replaced = new ArrayList<>(lines.subList(0, from));
        replaced.addAll(section.lines().toList());
        if (to < lines.size()) {
            replaced.add("");
            replaced.addAll(lines.subList(to, lines.size()));
        }
        return String.join("\n", replaced) + "\n";
    }

    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
