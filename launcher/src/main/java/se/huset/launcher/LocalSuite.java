package se.huset.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.warn;

/** The suite's processes on this machine: their environment, start, health, stop, and the pid files in .huset/pids. */
final class LocalSuite {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final ProcessList processes;
    private final Secrets secrets;
    private final Postgres postgres;

    LocalSuite(Settings settings, ProcessList processes, Secrets secrets, Postgres postgres) {
        this.settings = settings;
        this.processes = processes;
        this.secrets = secrets;
        this.postgres = postgres;
    }

    ProcessList processes() {
        return processes;
    }

    Path jar(SuiteProcess p) {
        return settings.root().resolve(p.jar());
    }

    int gatewayPort() {
        return settings.port(processes.get(SuiteProcess.GATEWAY));
    }

    /** The recorded pid of a process, if that pid is still the java process running its jar. */
    Optional<Long> runningPid(SuiteProcess p) {
        Path file = settings.pids().resolve(p.name() + ".pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            String jar = "-jar " + jar(p);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(jar)).orElse(false)).map(h -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The HTTP status of the process's /health, 0 when it does not answer. */
    int health(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    boolean allRunning() {
        return processes.all().stream().allMatch(p -> runningPid(p).isPresent() && health(settings.port(p)) == 200);
    }

    /** The environment each process runs with (ARCHITECTURE.md §2; README "Configuration"). */
    Map<String, String> environment(SuiteProcess p) {
        String up = p.envPrefix();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(up + "_PORT", String.valueOf(settings.port(p)));
        env.put(up + "_DB_URL", postgres.jdbcUrl(p.database(settings.dbSuffix())));
        env.put(up + "_DB_USER", "huset_" + p.name() + "_app");
        env.put(up + "_DB_PASSWORD", secrets.get(up + "_DB_PASSWORD"));
        env.put(up + "_DB_OWNER", "huset_" + p.name());
        env.put(up + "_DB_OWNER_PASSWORD", secrets.get(up + "_DB_OWNER_PASSWORD"));
        env.put("HUSET_AUDIT_KEY", secrets.ensure("HUSET_AUDIT_KEY"));
        env.put("HUSET_AUDIT_ANCHOR_FILE", anchorFile(p).toString());
        // service tokens: each service has a secret of its own and sees only that one, as HUSET_SERVICE_SECRET; the
        // gateway, which issues the tokens on its internal listener, knows every service's
        String internal = settings.env("HUSET_GATEWAY_INTERNAL_PORT", "8089");
        if (p.isGateway()) {
            env.put("HUSET_GATEWAY_INTERNAL_PORT", internal);
            processes.services().forEach(s -> env.put(s.envPrefix() + "_SERVICE_SECRET",
                    secrets.ensure(s.envPrefix() + "_SERVICE_SECRET")));
        } else {
            env.put("HUSET_SERVICE_SECRET", secrets.ensure(up + "_SERVICE_SECRET"));
            env.put("HUSET_SERVICE_TOKEN_URL", "http://localhost:" + internal);
        }
        env.put("HUSET_JWKS_URL", "http://localhost:" + gatewayPort() + "/.well-known/jwks.json");
        env.put("MALLOC_ARENA_MAX", settings.env("MALLOC_ARENA_MAX", "2"));
        // the local demo: demo data and its demo accounts load (DemoSwitch); never set it where HUSET_PUBLIC_URL is https
        env.put("HUSET_DEMO", "true");
        processes.services().forEach(s -> env.put(s.envPrefix() + "_URL", "http://localhost:" + settings.port(s)));
        return env;
    }

    /** Where a process anchors its database's audit log (AuditAnchor): one file per database, next to the secrets. */
    Path anchorFile(SuiteProcess p) {
        return settings.state().resolve("audit-anchors").resolve(p.database(settings.dbSuffix()) + ".anchors");
    }

    /** The java command line of a process, up to and including its jar. */
    private List<String> javaCommand(SuiteProcess p, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.addAll(processes.jvmFlags(p, settings.javaMajor()));
        command.addAll(extra);
        command.add("-Dhuset.jwks-url=" + environment(p).get("HUSET_JWKS_URL"));
        command.add("-jar");
        command.add(jar(p).toString());
        return command;
    }

    /**
     * Class data sharing (JDK 19+): a process writes an archive of the classes it loaded when it exits; starts that
     * map it get ready about twice as fast (measured here: intake 1.3 s instead of 2.8 s, the gateway 2.0 s instead
     * of 3.6 s). Right after a build `up` makes the archive with a training start ({@link #trainArchive}), so no
     * start of a built jar goes without it. HUSET_CDS=0 turns it off. The archive's name carries the jar's size and
     * modification time: a JDK refuses an archive of another jar and then neither writes a new one nor gives back
     * the memory it set aside for writing (about 60 MB resident), and a process still running an old jar would
     * write its archive after the new jar was built.
     */
    Optional<Path> classDataArchive(SuiteProcess p) {
        int major = settings.javaMajor();
        if (settings.env("HUSET_CDS", "1").equals("0") || major < 19) {
            return Optional.empty();
        }
        try {
            Path dir = Files.createDirectories(settings.state().resolve("cds"));
            Path jar = jar(p);
            Path archive = dir.resolve(p.name() + "-java" + major + "-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() / 1000 + ".jsa");
            try (var old = Files.newDirectoryStream(dir, p.name() + "-java*.jsa")) {
                for (Path o : old) {
                    if (!o.equals(archive)) {
                        Files.deleteIfExists(o);
                    }
                }
            }
            return Optional.of(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The training start: run the process once until it is healthy and stop it, which writes its archive. */
    void trainArchive(SuiteProcess p) {
        Optional<Path> archive = classDataArchive(p);
        if (archive.isEmpty() || Files.exists(archive.get())) {
            return;
        }
        say("    " + p.name() + ": writing its class-data archive (a training start, once per build)");
        start(p);
        waitHealthy(p, false);
        stop(p, false);
    }

    void start(SuiteProcess p) {
        int port = settings.port(p);
        if (Os.portOpen(port)) {
            throw new Fail("port " + port + " (for " + p.name() + ") is already taken by another program", "stop it "
                    + "(ss -ltnp 'sport = :" + port + "' shows which), or give " + p.name() + " another port: export "
                    + p.envPrefix() + "_PORT=...");
        }
        Path log = settings.logs().resolve(p.name() + ".log");
        List<String> extra = classDataArchive(p).map(a -> List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + a)).orElse(List.of());
        // setsid: a Ctrl-C in this terminal must not reach the suite; nohup: nor the terminal's hang-up
        List<String> command = new ArrayList<>(Os.have("setsid") ? List.of("setsid", "nohup") : List.of("nohup"));
        command.addAll(javaCommand(p, extra));
        try {
            Files.writeString(log, "---- " + Instant.now() + " starting " + p.name() + " on :" + port + " with "
                    + settings.java() + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(settings.pids().resolve(p.name() + ".started"), String.valueOf(System.currentTimeMillis()));
            Files.deleteIfExists(settings.pids().resolve(p.name() + ".ready"));
            // passwords go through the environment, never the command line, where ps would show them to every user
            ProcessBuilder builder = new ProcessBuilder(command).directory(settings.root().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment(p));
            Process process = builder.start();
            Files.writeString(settings.pids().resolve(p.name() + ".pid"), String.valueOf(process.pid()));
        } catch (IOException e) {
            throw new Fail("could not start " + p.name() + ": " + e.getMessage(), "see " + log);
        }
    }

    void waitHealthy(SuiteProcess p, boolean report) {
        int port = settings.port(p);
        Path log = settings.logs().resolve(p.name() + ".log");
        long pid = readLong(settings.pids().resolve(p.name() + ".pid"));
        long timeout = Long.parseLong(settings.env("HUSET_START_TIMEOUT", "120"));
        long deadline = System.currentTimeMillis() + timeout * 1000;
        int code;
        while ((code = health(port)) != 200) {
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                System.err.println(Os.tail(log, 40));
                throw new Fail(p.name() + " stopped while starting (log above; full log: " + log + ")",
                        "fix the cause shown, then run ./huset up again");
            }
            if (System.currentTimeMillis() > deadline) {
                System.err.println(Os.tail(log, 40));
                throw new Fail(p.name() + " did not answer 200 on http://localhost:" + port + "/health within " + timeout
                        + "s (last answer " + code + "; log: " + log + ")",
                        "fix the cause shown above (or raise HUSET_START_TIMEOUT), then run ./huset down && ./huset up");
            }
            Os.sleep(50);
        }
        long ready = System.currentTimeMillis();
        try {
            Files.writeString(settings.pids().resolve(p.name() + ".ready"), String.valueOf(ready));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report) {
            say("    " + p.name() + " up on :" + port + " (pid " + pid + ", ready in "
                    + (ready - readLong(settings.pids().resolve(p.name() + ".started"))) + " ms)");
        }
    }

    /** Launch to the first 200 on /health, as the last start measured it. */
    Optional<Long> startupMillis(SuiteProcess p) {
        long ready = readLong(settings.pids().resolve(p.name() + ".ready"));
        long started = readLong(settings.pids().resolve(p.name() + ".started"));
        return ready > 0 && started > 0 ? Optional.of(ready - started) : Optional.empty();
    }

    void stop(SuiteProcess p, boolean report) {
        runningPid(p).flatMap(ProcessHandle::of).ifPresent(process -> {
            if (report) {
                say("    stopping " + p.name() + " (pid " + process.pid() + ")");
            }
            process.destroy();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                warn(p.name() + " did not stop in 10 s; killing it");
                process.destroyForcibly();
            }
        });
        settings.pids().resolve(p.name() + ".pid").toFile().delete();
    }

    /**
     * A process's demo data, in the foreground with its environment. A load is a one-off batch that plans years
     * of history in memory (booking's county plan holds 105,000 appointments): it gets a heap of its own
     * (HUSET_DEMO_DATA_HEAP) instead of a resident service's 80 MB.
     */
    int demoData(SuiteProcess p, String scale, Path log) {
        List<String> command = javaCommand(p, List.of(settings.env("HUSET_DEMO_DATA_HEAP", "-Xmx1g")));
        command.addAll(List.of("demo-data", "--scale", scale));
        return Os.runLogged(command, environment(p), settings.root(), log);
    }

    private static long readLong(Path file) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
