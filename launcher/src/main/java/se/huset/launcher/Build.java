package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/** The jars: a jar needs building when it is missing or older than anything it is built from. */
final class Build {

    private final Settings settings;
    private final LocalSuite suite;

    Build(Settings settings, LocalSuite suite) {
        this.settings = settings;
        this.suite = suite;
    }

    boolean missing(SuiteProcess p) {
        return !Files.exists(suite.jar(p));
    }

    boolean stale(SuiteProcess p) {
        Path jar = suite.jar(p);
        if (!Files.exists(jar)) {
            return true;
        }
        Path root = settings.root();
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (Path source : List.of(root.resolve("pom.xml"), root.resolve(p.module()).resolve("pom.xml"),
                    root.resolve(p.module()).resolve("src"), root.resolve("shared-contracts/pom.xml"),
                    root.resolve("shared-contracts/src"), root.resolve("services/service-kit/pom.xml"),
                    root.resolve("services/service-kit/src"))) {
                if (newerThan(source, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean newerThan(Path source, FileTime built) throws IOException {
        if (!Files.exists(source)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(built) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    void ifNeeded() {
        List<SuiteProcess> all = suite.processes().all();
        List<String> stale = all.stream().filter(this::stale).map(SuiteProcess::name).toList();
        if (stale.isEmpty()) {
            return;
        }
        List<SuiteProcess> missing = all.stream().filter(this::missing).toList();
        // rebuilding under running processes would swap their jars: only do it when one is missing
        if (all.stream().anyMatch(p -> suite.runningPid(p).isPresent()) && missing.isEmpty()) {
            warn("sources changed since the jars of " + String.join(" ", stale) + " were built; run ./huset down && "
                    + "./huset up to rebuild and restart");
            return;
        }
        step("building jars (" + String.join(" ", stale) + " missing or older than the sources): ./mvnw -B -q -DskipTests package");
        Path log = settings.logs().resolve("build.log");
        log.toFile().delete();
        if (Os.runLogged(List.of("./mvnw", "-B", "-q", "-DskipTests", "package"), java.util.Map.of(), settings.root(), log) != 0) {
            System.err.println(Os.tail(log, 40));
            throw new Fail("the build failed (full log: " + log + ")", "fix the compile error above, then run ./huset up again");
        }
        for (SuiteProcess p : missing) {
            if (missing(p)) {
                throw new Fail("the build made no " + suite.jar(p), "make " + p.module()
                        + " a module of pom.xml with the maven-shade-plugin (see services/intake/pom.xml)");
            }
        }
    }
}
