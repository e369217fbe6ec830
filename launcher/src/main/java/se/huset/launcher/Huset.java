package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * ./huset: the one command for the HUSET suite (README "Start here"). The script ./huset finds a JDK, compiles
 * this launcher when its sources changed, and runs it with the checkout's root and the JDK to run the suite on.
 */
public final class Huset {

    static final String DEMO_PASSWORD = "huset-demo";
    static final List<String> DEMO_ACCOUNTS = List.of("reception.region", "reception.kommun", "therapist.region",
            "therapist.kommun", "socialworker.kommun", "housing.kommun", "steering", "userorg", "researcher",
            "auditor", "admin");

    private final Settings settings;
    private final ProcessList processes;
    private final Secrets secrets;
    private final Postgres postgres;
    private final LocalSuite suite;
    private final Build build;
    private final DemoData demo;

    Huset(Settings settings) {
        this.settings = settings;
        this.processes = ProcessList.read(settings.root());
        this.secrets = new Secrets(settings.state().resolve("secrets.env"));
        this.postgres = new Postgres(settings, secrets);
        this.suite = new LocalSuite(settings, processes, secrets, postgres);
        this.build = new Build(settings, suite);
        this.demo = new DemoData(settings, suite, postgres);
    }

    /** {@code java -Dhuset.root=<checkout> -Dhuset.java=<bin/java> se.huset.launcher.Huset <command> [args]}. */
    public static void main(String[] args) {
        Settings settings = new Settings(Path.of(System.getProperty("huset.root", ".")).toAbsolutePath().normalize(),
                System.getenv(), Path.of(System.getProperty("huset.java", ProcessHandle.current().info().command()
                .orElse("java"))));
        try {
            System.exit(new Huset(settings).run(args.length == 0 ? "help" : args[0],
                    Arrays.asList(args).subList(Math.min(1, args.length), args.length)));
        } catch (Fail fail) {
            System.err.println("\nhuset: " + fail.getMessage());
            if (fail.todo != null && !fail.todo.isEmpty()) {
                System.err.println("  -> " + fail.todo);
            }
            System.exit(1);
        }
    }

    int run(String command, List<String> args) {
        mkdirs();
        return switch (command) {
            case "up" -> up();
            case "down" -> down();
            case "status" -> status();
            case "logs" -> logs(args);
            case "test" -> test(args);
            case "demo-data" -> demoData(args);
            case "bench" -> bench(args);
            case "chaos" -> chaos();
            case "images" -> Images.build(settings, processes, build);
            case "manifests" -> manifests();
            case "help", "-h", "--help" -> help();
            default -> {
                System.err.print(helpText());
                throw new Fail("unknown command '" + command + "'", "use one of the commands above");
            }
        };
    }

    private void mkdirs() {
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.pids());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- up, down, status, logs ----------------------------------------------------------------------------

    private int up() {
        postgres.loadLast();
        if (suite.allRunning() && demo.loaded()) {
            // a quiet check that nothing needs doing; a rebuild would need a restart, so only say it
            processes.all().stream().filter(build::stale).forEach(p -> warn(p.name() + ": sources changed since its jar "
                    + "was built; ./huset down && ./huset up rebuilds and restarts"));
            say("HUSET is already up; nothing changed. http://localhost:" + suite.gatewayPort() + "  (./huset status for details)");
            return 0;
        }
        String scale = DemoData.checkScale(settings.env("HUSET_DEMO_SCALE", "demo"));
        startAll();
        demo.load(true, scale);
        say("");
        say("HUSET is up: http://localhost:" + suite.gatewayPort());
        say("Demo accounts (password " + DEMO_PASSWORD + "):");
        DEMO_ACCOUNTS.forEach(a -> say("    " + a));
        say("Stop with ./huset down; logs with ./huset logs [process].");
        return 0;
    }

    /** Builds what is missing, PostgreSQL, the databases, then every process not running yet, one at a time. */
    private void startAll() {
        build.ifNeeded();
        postgres.choose();
        postgres.ensureProcessDatabases(processes);
        refuseOtherDatabases();
        step("starting processes on " + settings.java() + " (Java " + settings.javaMajor() + ")");
        // in list order, the gateway first (the services take its JWKS); one at a time, so each start-up time is
        // measured alone and a failure points at one process
        for (SuiteProcess p : processes.all()) {
            var running = suite.runningPid(p);
            if (running.isPresent()) {
                say("    " + p.name() + " already running (pid " + running.get() + ")");
                continue;
            }
            suite.trainArchive(p);
            suite.start(p);
            suite.waitHealthy(p, true);
        }
        write(settings.pids().resolve("db-suffix"), settings.dbSuffix());
    }

    /** Processes already running on other databases (another HUSET_DB_SUFFIX) would be joined by ones on these. */
    private void refuseOtherDatabases() {
        Path file = settings.pids().resolve("db-suffix");
        if (processes.all().stream().noneMatch(p -> suite.runningPid(p).isPresent()) || !Files.exists(file)) {
            return;
        }
        String theirs = read(file);
        if (!theirs.equals(settings.dbSuffix())) {
            throw new Fail("HUSET is running on the databases huset_*" + theirs + ", not huset_*" + settings.dbSuffix(),
                    "./huset down first, then run this again");
        }
    }

    private int down() {
        step("stopping HUSET");
        suite.stop(processes.get(SuiteProcess.GATEWAY), true);   // first, so nobody is routed to a stopping service
        processes.services().forEach(p -> suite.stop(p, true));
        postgres.stopEmbedded();
        if (postgres.loadLast() && postgres.kind != Postgres.Kind.EMBEDDED) {
            say("stopped. (PostgreSQL on " + postgres.host + ":" + postgres.port + " is left running: ./huset did not "
                    + "start it for itself alone.)");
        } else {
            say("stopped.");
        }
        return 0;
    }

    private int status() {
        String row = "%-10s %-6s %-8s %-6s %s%n";
        System.out.printf(row, "PROCESS", "STATE", "PID", "PORT", "HEALTH");
        for (SuiteProcess p : processes.all()) {
            var pid = suite.runningPid(p);
            int health = suite.health(settings.port(p));
            System.out.printf(row, p.name(), pid.isPresent() ? "up" : "down", pid.map(String::valueOf).orElse("-"),
                    settings.port(p), health == 0 ? "-" : String.valueOf(health));
        }
        if (postgres.loadLast()) {
            System.out.printf(row, "postgres", Os.portOpen(postgres.port) ? "up" : "down", "-", postgres.port,
                    "(" + postgres.kind.name().toLowerCase(java.util.Locale.ROOT) + " server)");
        }
        return 0;
    }

    private int logs(List<String> args) {
        if (!args.isEmpty()) {
            Path log = settings.logs().resolve(args.get(0) + ".log");
            if (!Files.exists(log)) {
                throw new Fail("no log for '" + args.get(0) + "' in " + settings.logs(), "one of: " + logNames());
            }
            return Os.runHere(List.of("tail", "-n", "100", "-F", log.toString()), Map.of(), settings.root());
        }
        List<String> files = processes.all().stream().map(p -> settings.logs().resolve(p.name() + ".log"))
                .filter(Files::exists).map(Path::toString).toList();
        if (files.isEmpty()) {
            throw new Fail("no logs yet in " + settings.logs(), "start the suite with ./huset up");
        }
        List<String> tail = new ArrayList<>(List.of("tail", "-n", "50", "-F"));
        tail.addAll(files);
        return Os.runHere(tail, Map.of(), settings.root());
    }

    private String logNames() {
        try (Stream<Path> logs = Files.list(settings.logs())) {
            return logs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "";
        }
    }

    // --- test, demo-data, chaos, bench, manifests ------------------------------------------------------------

    private int test(List<String> args) {
        BrowserTools.ensure(settings);
        postgres.choose();
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "verify"));
        command.addAll(args);
        String suffix = settings.env("HUSET_TEST_DB_SUFFIX", "");
        step("./mvnw -B verify " + String.join(" ", args) + " (test databases on " + postgres.host + ":" + postgres.port
                + " as " + Postgres.ADMIN_ROLE + (suffix.isEmpty() ? "" : ", suffix " + suffix) + ")");
        return Os.runHere(command, testDatabaseEnv(), settings.root());
    }

    /** What the tests need to make their databases, and the JVM the suite tests start the jars on. */
    private Map<String, String> testDatabaseEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("HUSET_TEST_DB_URL", "jdbc:postgresql://" + postgres.host + ":" + postgres.port + "/");
        env.put("HUSET_TEST_DB_USER", Postgres.ADMIN_ROLE);
        env.put("HUSET_TEST_DB_PASSWORD", postgres.adminPassword);
        env.put("HUSET_JAVA", settings.java().toString());
        return env;
    }

    private int demoData(List<String> args) {
        String scale = settings.env("HUSET_DEMO_SCALE", "demo");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--scale") && i + 1 < args.size()) {
                scale = args.get(++i);
            } else if (arg.startsWith("--scale=")) {
                scale = arg.substring("--scale=".length());
            } else if (arg.equals("--scale")) {
                throw new Fail("--scale needs a value", "./huset demo-data --scale demo|county");
            } else {
                throw new Fail("unknown argument '" + arg + "' for demo-data", "./huset demo-data [--scale demo|county]");
            }
        }
        DemoData.checkScale(scale);
        startAll();   // the services' histories build on what the running services read from each other's feeds
        long started = System.currentTimeMillis();
        demo.load(false, scale);
        say("demo data (" + scale + ") loaded in " + (System.currentTimeMillis() - started) / 1000 + " s. http://localhost:"
                + suite.gatewayPort());
        return 0;
    }

    /**
     * The chaos run (compose/src/test/java/se/huset/compose/chaos): the suite started afresh from its jars on free
     * ports with its own databases, under load each process killed with kill -9 in turn, PostgreSQL restarted once
     * (unless ./huset up is running); prints the figures. Maven's test phase, not package: the jars of a running
     * ./huset up stay as they are.
     */
    private int chaos() {
        build.ifNeeded();
        postgres.choose();
        Map<String, String> env = testDatabaseEnv();
        env.put("HUSET_TEST_DB_SUFFIX", settings.env("HUSET_TEST_DB_SUFFIX", "_chaos"));
        String restart = settings.env("HUSET_CHAOS_RESTART_POSTGRES", "");
        if (restart.isEmpty()) {
            boolean upRunning = processes.all().stream().anyMatch(p -> suite.runningPid(p).isPresent());
            if (upRunning) {
                say("    ./huset up is running: PostgreSQL is not restarted (HUSET_CHAOS_RESTART_POSTGRES=1 does it anyway)");
            }
            restart = upRunning ? "false" : "true";
        }
        restart = restart.equals("0") ? "false" : restart.equals("1") ? "true" : restart;
        String rounds = settings.env("HUSET_CHAOS_ROUNDS", "2");
        String calm = settings.env("HUSET_CHAOS_CALM", "5");
        String outage = settings.env("HUSET_CHAOS_OUTAGE", "3");
        Path log = settings.logs().resolve("chaos.log");
        step("chaos: " + rounds + " round(s) of kill -9 per process under load (" + calm + "s load before each kill, "
                + outage + "s down), PostgreSQL restart: " + restart + " (log: " + log + ")");
        Path report = settings.root().resolve("compose/target/chaos-report.txt");
        report.toFile().delete();
        log.toFile().delete();
        int code = Os.runLogged(List.of("./mvnw", "-B", "test", "-pl", "compose", "-am", "-Dtest=ChaosSuiteTest",
                "-Dsurefire.failIfNoSpecifiedTests=false", "-Dhuset.chaos.rounds=" + rounds, "-Dhuset.chaos.calm=" + calm,
                "-Dhuset.chaos.outage=" + outage, "-Dhuset.chaos.restart-postgres=" + restart), env, settings.root(), log);
        if (Files.exists(report)) {
            System.out.print(read(report) + "\n");
        }
        if (code != 0) {
            try (Stream<String> lines = Files.lines(log)) {
                lines.filter(l -> l.startsWith("[ERROR]")).limit(20).forEach(System.err::println);
            } catch (IOException e) {
                // the log is named below
            }
            throw new Fail("the chaos run failed (full log: " + log + "; process logs: compose/target/suite-logs/ChaosRun/)",
                    "read the failed assertion above; the figures say what was lost, doubled or answered wrongly");
        }
        say("chaos run passed: no acknowledged write lost, every event applied once, only 503 problem+json, no hangs.");
        return 0;
    }

    /** The benchmark, README "Benchmarks": {@link Bench}. */
    private int bench(List<String> args) {
        postgres.choose();
        return new Bench(settings, processes, postgres, secrets).run(args);
    }

    /** Every process's Kubernetes base (compose/k8s/base/<name>.yaml) from the one template, compose/k8s/process.yaml. */
    private int manifests() {
        step("writing compose/k8s/base/<process>.yaml from compose/k8s/process.yaml");
        Manifests.write(settings.root());
        return 0;
    }

    private int help() {
        System.out.print(helpText());
        return 0;
    }

    private String helpText() {
        return """
                Usage: ./huset <command>

                  up                 build what is missing, make sure PostgreSQL runs, create the databases and roles,
                                     start the gateway and the services, load demo data the first time, wait until healthy
                  down               stop the processes ./huset up started (and the embedded PostgreSQL if it started one)
                  status             each process: up/down, pid, port, health
                  logs [process]     follow the logs (all processes, or one: %s)
                  test [maven args]  the database step, then ./mvnw -B verify with HUSET_TEST_DB_URL/USER/PASSWORD set
                                     (installs chromium and chromium-driver as root, and npm ci in compose/browser, for the browser tests)
                  demo-data [--scale demo|county]
                                     start what is not running, then load each process's demo data (idempotent), gateway
                                     first; county: five years of a county's volume, into databases of its own:
                                     HUSET_DB_SUFFIX=_county ./huset demo-data --scale county (HUSET_DEMO_SCALE sets up's scale)
                  bench [pages]      on fresh databases of its own: contact registration (gateway, direct, nginx,
                                     pgbench), start-up and memory, the rollout dashboard, booking under contention,
                                     every page and list API, then at county scale; writes compose/bench/REPORT.md
                                     (README "Benchmarks"). bench pages: the pages of the running suite only
                  chaos              under load, kill -9 each process in turn and restart PostgreSQL once, on the suite's own
                                     ports and databases; prints lost writes, events per consumer, errors by kind, recovery times
                                     (HUSET_CHAOS_ROUNDS, HUSET_CHAOS_CALM, HUSET_CHAOS_OUTAGE, HUSET_CHAOS_RESTART_POSTGRES)
                  images             build a container image per process (docker build; needs a running Docker engine);
                                     tags HUSET_IMAGE_REGISTRY/<process>:HUSET_IMAGE_TAG (default huset/<process>:latest)
                  manifests          write each process's Kubernetes base, compose/k8s/base/<process>.yaml, from the one template
                                     compose/k8s/process.yaml and launcher/processes.properties
                  help               this text

                State lives in .huset/ (logs/, pids/, secrets.env). README.md explains the configuration variables.
                """.formatted(String.join(" ", processes.names()));
    }

    static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
