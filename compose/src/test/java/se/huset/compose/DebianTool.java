package se.huset.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the CI checks need (docker-compose, kubectl): found on PATH, or installed from Debian's
 * packages with apt-get when running as root (CI and these machines are root; a developer's laptop usually has them).
 */
final class DebianTool {

    /** What a command printed on stdout and on stderr, and its exit code. */
    record Result(int exitCode, String output, String errors) {
        String both() {
            return output + errors;
        }
    }

    private DebianTool() {
    }

    /** The tool's path, after installing {@code debianPackage} when it is missing and we are root; else empty. */
    static Optional<Path> find(String command, String debianPackage) {
        Optional<Path> onPath = onPath(command);
        if (onPath.isPresent() || !isRoot()) {
            return onPath;
        }
        Result update = run(List.of("apt-get", "update", "-q"), Path.of("."), 600);
        Result install = run(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", debianPackage),
                Path.of("."), 900);
        if (install.exitCode() != 0) {
            throw new IllegalStateException("apt-get install " + debianPackage + " failed (exit " + install.exitCode()
                    + "); install it by hand (apt-get install -y " + debianPackage + ") and run the test again\n"
                    + update.both() + install.both());
        }
        return onPath(command);
    }

    static Result run(List<String> command, Path dir, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("huset-tool", ".out");
            Path err = Files.createTempFile("huset-tool", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds
                            + " s; run it by hand to see why");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path projectRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("huset")) && Files.isDirectory(d.resolve("compose"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the project root (the folder with ./huset) above "
                + Path.of("").toAbsolutePath());
    }

    private static Optional<Path> onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
