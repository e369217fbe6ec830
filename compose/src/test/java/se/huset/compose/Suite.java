package se.huset.compose;

import se.huset.kit.testing.TestDatabase;
import se.huset.launcher.Jdk;
import se.huset.launcher.ProcessList;
import se.huset.launcher.SuiteProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The composed suite for a test: the built jars (the gateway plus the services asked for) started as child
 * processes on free ports, each with a fresh database, and stopped again by {@link #close()}.
 *
 * <p>Databases come from {@code HUSET_TEST_DB_URL} (server URL ending in {@code /}), {@code HUSET_TEST_DB_USER}
 * and {@code HUSET_TEST_DB_PASSWORD}, as {@code ./huset test} sets them; each process gets
 * {@code huset_test_suite_<process>} (plus {@code HUSET_TEST_DB_SUFFIX}), dropped and created anew with its owner
 * and service roles as ./huset up makes them ({@link TestDatabase#fresh}). The jars must
 * be built ({@code ./mvnw verify} packages them before this module's tests run). The gateway's demo data (the
 * demo accounts) is loaded before anything starts; {@link #startWithDemoData} loads every process's.
 */
public final class Suite implements AutoCloseable {

    /** The processes and their JVM flags, as ./huset starts them (launcher/processes.properties). */
    private static final ProcessList PROCESSES = ProcessList.read(findRoot());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The discard port: nothing listens there, so a call to a service outside the suite is refused at once. */
    private static final int CLOSED_PORT = 9;
    private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*(?:\"([^\"]*)\"|(-?[0-9]+))");

    private final Path root;
    private final String testName;
    private final Path logDir;
    private final String java;
    private final int javaMajor;
    /** Each service's own secret for its token, as ./huset generates them; the gateway knows them all. */
    private final Map<String, String> serviceSecrets = randomSecrets();
    /** The gateway's internal listener, where the services get their tokens. */
    private final int gatewayInternalPort = freePort();
    private final Map<String, Proc> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::stopAll, "suite-shutdown");
    private final Map<String, String> settings;

    /** One process of the suite: its port and database, and the running child if any. */
    private static final class Proc {
        final String name;
        /** The service it runs: its own name, or for a replica the name of the service it copies. */
        final String service;
        final int port;
        final Path jar;
        final TestDatabase database;
        Process process;

        Proc(String name, String service, int port, Path jar, TestDatabase database) {
            this.name = name;
            this.service = service;
            this.port = port;
            this.jar = jar;
            this.database = database;
        }
    }

    private Suite(Path root, Map<String, String> settings) {
        this.root = root;
        this.settings = Map.copyOf(settings);
        // one folder per suite, named for the test class that started it, so the logs of one test never mix with another's
        this.testName = startingTest();
        this.logDir = root.resolve("compose/target/suite-logs").resolve(testName);
        clearLogs();
        this.java = System.getenv().getOrDefault("HUSET_JAVA",
                ProcessHandle.current().info().command().orElse("java"));
        this.javaMajor = Jdk.major(Path.of(java));
    }

    /** The logs of this test's previous run go; within a run, a restarted process appends to its log. */
    private void clearLogs() {
        try (var logs = Files.exists(logDir) ? Files.list(logDir) : Stream.<Path>empty()) {
            for (Path log : logs.toList()) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simple name of the test class that started this suite. */
    public String testName() {
        return testName;
    }

    private static String startingTest() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.equals(Suite.class.getName()) && name.startsWith("se.huset.compose"))
                .findFirst()
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .orElse("suite"));
    }

    /** Starts the gateway and the given services ({@code "intake"}, ...) and waits until all are healthy. */
    public static Suite start(String... services) {
        return start(Map.of(), services);
    }

    /**
     * As {@link #start(String...)}, with extra environment variables for every process (e.g.
     * {@code HUSET_BOOKING_REMINDERS_INTERVAL=1s}), set after the ones the suite sets.
     */
    public static Suite start(Map<String, String> settings, String... services) {
        return start(settings, false, services);
    }

    /**
     * As {@link #start(Map, String...)}, with every process's demo data loaded as {@code ./huset up} loads it: the
     * gateway's accounts before anything starts, each service's once every process runs, in the suite's order, since
     * a service's demo history builds on what it has read from intake's feed (booking books the requests intake's
     * triaged contacts made). The suite then shows what {@code ./huset up} shows.
     */
    public static Suite startWithDemoData(Map<String, String> settings, String... services) {
        return start(settings, true, services);
    }

    private static Suite start(Map<String, String> settings, boolean everyDemoData, String... services) {
        Suite suite = new Suite(findRoot(), settings);
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            suite.prepare("gateway");
            for (String service : services) {
                suite.prepare(service);
            }
            suite.runToCompletion("gateway", "demo-data");
            for (String name : suite.processes.keySet()) {
                suite.launch(name);
            }
            for (String name : suite.processes.keySet()) {
                suite.awaitHealthy(name);
            }
            if (everyDemoData) {
                // in the list's order, as ./huset loads it: a service's history builds on the feeds of those before
                for (String name : PROCESSES.names()) {
                    if (!"gateway".equals(name) && suite.processes.containsKey(name)) {
                        suite.runToCompletion(name, "demo-data");
                    }
                }
            }
            return suite;
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        }
    }

    public URI gateway() {
        return url("gateway", "");
    }

    /** http://127.0.0.1:port/path of one process. */
    public URI url(String process, String path) {
        return URI.create("http://127.0.0.1:" + proc(process).port + path);
    }

    /** Kills the process the hard way (SIGKILL, like {@code kill -9}) and waits until it is gone. */
    public void kill(String process) {
        Proc p = proc(process);
        if (p.process != null) {
            p.process.destroyForcibly();
            waitFor(p.process, Duration.ofSeconds(10));
        }
    }

    /** Starts the process again on the same port and database and waits until it is healthy. */
    public void restart(String process) {
        kill(process);
        launch(process);
        awaitHealthy(process);
    }

    /**
     * Starts one more instance of a running service on its own port, sharing the first one's database (as a second
     * replica would in Kubernetes), and waits until it is healthy. Answers its name, {@code <service>-<n>}, for
     * {@link #url}, {@link #log} and {@link #kill}. The gateway keeps routing to the first instance.
     */
    public String startReplica(String service) {
        Proc first = proc(service);
        String name = service + "-" + (processes.values().stream().filter(p -> p.service.equals(service)).count() + 1);
        processes.put(name, new Proc(name, service, freePort(), first.jar, first.database));
        launch(name);
        awaitHealthy(name);
        return name;
    }

    /** A new connection to a process's database, as the suite's database user. */
    public Connection db(String process) throws SQLException {
        return proc(process).database.connect();
    }

    /** The file a process's output (its JSON log lines) goes to. */
    public Path log(String process) {
        return logFile(proc(process).name);
    }

    /** Logs in through the gateway ({@code POST /api/auth/token}) and returns the access token. */
    public String login(String username, String password) {
        HttpResponse<String> r = post("gateway", "/api/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null, Map.of());
        if (r.statusCode() != 200) {
            throw new AssertionError("login as " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return field(r.body(), "access_token");
    }

    public HttpResponse<String> get(String process, String path, String token) {
        return send(request(process, path, token, Map.of()).GET().build());
    }

    public HttpResponse<String> get(String process, String path, String token, Map<String, String> headers) {
        return send(request(process, path, token, headers).GET().build());
    }

    public HttpResponse<String> post(String process, String path, String json, String token, Map<String, String> headers) {
        return send(request(process, path, token, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String process, String path, String json, String token) {
        return send(request(process, path, token, Map.of())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A top-level string or number field of a JSON body (enough for ids and tokens). */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile(String.format(STRING_FIELD.pattern(), Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new AssertionError("no field '" + name + "' in " + json);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    // ---------------------------------------------------------------------------------------------

    private HttpRequest.Builder request(String process, String path, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(process, path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Proc proc(String name) {
        Proc p = processes.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no process '" + name + "' in this suite: " + processes.keySet());
        }
        return p;
    }

    private void prepare(String name) {
        Path jar = root.resolve(PROCESSES.get(name).jar());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the jars first (./mvnw -B -DskipTests package, "
                    + "or run the whole build with ./huset test)");
        }
        processes.put(name, new Proc(name, name, freePort(), jar, TestDatabase.fresh("suite_" + name)));
    }

    private static Map<String, String> randomSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (SuiteProcess service : PROCESSES.services()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            secrets.put(service.name(), HexFormat.of().formatHex(bytes));
        }
        return Map.copyOf(secrets);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("huset")) && Files.isDirectory(d.resolve("compose"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the project root (the folder with ./huset) above " + dir);
    }

    /** The command line and environment of one process (the same variables ./huset up sets). */
    private ProcessBuilder builder(Proc p, String... args) {
        String jwks = url("gateway", "/.well-known/jwks.json").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(PROCESSES.jvmFlags(PROCESSES.get(p.service), javaMajor));
        command.add("-Dhuset.jwks-url=" + jwks);
        command.add("-Dhuset.gateway-url=" + gateway());
        command.add("-Dhuset.service-token-url=http://127.0.0.1:" + gatewayInternalPort);
        command.add("-jar");
        command.add(p.jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = pb.environment();
        // the test JVM runs with Micronaut's "test" environment and maybe a developer's HUSET_* settings:
        // the children run as in production, configured only by what is set here
        env.remove("MICRONAUT_ENVIRONMENTS");
        env.keySet().removeIf(k -> k.startsWith("HUSET_") && !k.startsWith("HUSET_TEST_"));
        String up = p.service.toUpperCase(Locale.ROOT).replace('-', '_');
        env.put("HUSET_" + up + "_PORT", Integer.toString(p.port));
        env.put("HUSET_" + up + "_DB_URL", p.database.url());
        env.put("HUSET_" + up + "_DB_USER", p.database.serviceRole());
        env.put("HUSET_" + up + "_DB_PASSWORD", p.database.rolePassword());
        env.put("HUSET_" + up + "_DB_OWNER", p.database.owner());
        env.put("HUSET_" + up + "_DB_OWNER_PASSWORD", p.database.rolePassword());
        env.put("HUSET_AUDIT_KEY", TestDatabase.AUDIT_KEY);
        env.put("HUSET_AUDIT_ANCHOR_FILE", p.database.anchorFile().toString());
        if (p.service.equals("gateway")) {
            env.put("HUSET_GATEWAY_INTERNAL_PORT", Integer.toString(gatewayInternalPort));
            serviceSecrets.forEach((service, secret) ->
                    env.put("HUSET_" + service.toUpperCase(Locale.ROOT) + "_SERVICE_SECRET", secret));
        } else {
            env.put("HUSET_SERVICE_SECRET", serviceSecrets.get(p.service));
        }
        env.put("HUSET_JWKS_URL", jwks);
        // as ./huset up: the demo switch on, so demo-data loads the demo accounts the suite tests sign in with
        env.put("HUSET_DEMO", "true");
        // a service not in this suite is unreachable, never a developer's suite on the default ports
        for (SuiteProcess absent : PROCESSES.services()) {
            env.put(absent.envPrefix() + "_URL", "http://127.0.0.1:" + CLOSED_PORT);
        }
        for (Proc other : processes.values()) {   // the gateway's routes
            if (!other.name.equals("gateway") && other.name.equals(other.service)) {
                env.put("HUSET_" + other.name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                        "http://127.0.0.1:" + other.port);
            }
        }
        env.putAll(settings);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(p.name).toFile()));
        return pb;
    }

    private Path logFile(String name) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logDir.resolve(name + ".log");
    }

    private void runToCompletion(String name, String... args) {
        Proc p = proc(name);
        try {
            Process process = builder(p, args).start();
            if (!process.waitFor(START_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " " + String.join(" ", args) + " did not finish" + tail(name));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " " + String.join(" ", args) + " exited with "
                        + process.exitValue() + tail(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch(String name) {
        Proc p = proc(name);
        try {
            p.process = builder(p).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        }
    }

    private void awaitHealthy(String name) {
        Proc p = proc(name);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + p.process.exitValue() + " while starting"
                        + tail(name));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url(name, "/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " did not answer 200 on /health within " + START_TIMEOUT + tail(name));
    }

    private String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logFile(name));
            return "\n--- last lines of " + logFile(name) + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return " (no log at " + logFile(name) + ")";
        }
    }

    private void stopAll() {
        for (Proc p : processes.values()) {
            if (p.process != null && p.process.isAlive()) {
                p.process.destroy();
            }
        }
        for (Proc p : processes.values()) {
            if (p.process != null && !waitFor(p.process, Duration.ofSeconds(10))) {
                p.process.destroyForcibly();
                waitFor(p.process, Duration.ofSeconds(5));
            }
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
