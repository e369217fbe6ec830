package se.huset.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operating system as the launcher uses it: programs on PATH, running a command, a port, root or not. */
final class Os {

    private Os() {
    }

    /** A command's exit code and what it printed on stdout. */
    record Result(int code, String out) {
        boolean ok() {
            return code == 0;
        }
    }

    static boolean have(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** ./huset passes {@code id -u} as huset.uid: the JVM itself cannot tell root from a user named so. */
    static boolean isRoot() {
        return "0".equals(System.getProperty("huset.uid"));
    }

    /** Is something accepting TCP connections on 127.0.0.1:port? */
    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean waitForPort(int port, int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            if (portOpen(port)) {
                return true;
            }
            sleep(100);
        }
        return false;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fail("interrupted", "run the command again");
        }
    }

    /**
     * Runs a command to its end: stdin from {@code input} (statements holding a password go this way, never on a
     * command line, which ps shows to every user), stdout returned, stderr to {@code log} (appended) or dropped.
     */
    static Result run(List<String> command, Map<String, String> env, String input, Path dir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        builder.redirectError(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), out);
        } catch (IOException e) {
            return new Result(127, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fail("interrupted", "run the command again");
        }
    }

    /** Runs a command with its output going to {@code log} (appended); its exit code. */
    static int runLogged(List<String> command, Map<String, String> env, Path dir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        return waitFor(builder);
    }

    /** Runs a command in this terminal, as if it were this one; its exit code. */
    static int runHere(List<String> command, Map<String, String> env, Path dir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().putAll(env);
        return waitFor(builder);
    }

    private static int waitFor(ProcessBuilder builder) {
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new Fail("could not run " + String.join(" ", builder.command()) + ": " + e.getMessage(),
                    "install it, or check PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fail("interrupted", "run the command again");
        }
    }

    /** The last {@code lines} lines of a log, for an error message. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Debian packages (as root); the package lists are refreshed only when the first try fails. */
    static boolean aptInstall(Path log, String... packages) {
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
        install.addAll(List.of(packages));
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        Path root = Path.of("/");
        return runLogged(install, env, root, log) == 0
                || runLogged(List.of("apt-get", "update", "-q"), env, root, log) == 0
                && runLogged(install, env, root, log) == 0;
    }
}
