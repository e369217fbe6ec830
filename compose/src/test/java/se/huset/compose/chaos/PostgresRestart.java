package se.huset.compose.chaos;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Restarts the PostgreSQL server the suite's databases live on ({@code HUSET_TEST_DB_URL}), when that is a Debian
 * cluster on this machine and we are root: {@code pg_lsclusters} names the cluster listening on the URL's port and
 * {@code pg_ctlcluster <version> <name> restart} restarts it (fast shutdown: open sessions are cut off, as in a
 * crash of the connections). Anywhere else {@link #find()} answers why it cannot, and the run skips that step.
 */
final class PostgresRestart {

    private final String version;
    private final String cluster;

    private PostgresRestart(String version, String cluster) {
        this.version = version;
        this.cluster = cluster;
    }

    /** The cluster to restart, or the reason there is none (as the message of the empty side). */
    static Result find() {
        String url = System.getenv().getOrDefault("HUSET_TEST_DB_URL", "");
        if (!url.startsWith("jdbc:postgresql://")) {
            return Result.no("HUSET_TEST_DB_URL (" + url + ") is not a jdbc:postgresql:// URL");
        }
        URI server = URI.create(url.substring("jdbc:".length()));
        String host = server.getHost();
        int port = server.getPort() < 0 ? 5432 : server.getPort();
        if (!List.of("127.0.0.1", "localhost", "::1").contains(host)) {
            return Result.no("PostgreSQL runs on " + host + ", not on this machine");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Result.no("not running as root (pg_ctlcluster needs it)");
        }
        Optional<String> clusters = run(List.of("pg_lsclusters", "--no-header"));
        if (clusters.isEmpty()) {
            return Result.no("pg_lsclusters is not available (not a Debian PostgreSQL cluster)");
        }
        for (String line : clusters.get().lines().toList()) {
            String[] f = line.trim().split("\\s+");   // Ver Cluster Port Status Owner Data Log
            if (f.length >= 4 && f[2].equals(Integer.toString(port)) && f[3].startsWith("online")) {
                return new Result(Optional.of(new PostgresRestart(f[0], f[1])), "");
            }
        }
        return Result.no("no online Debian cluster listens on port " + port);
    }

    /** A restart, or why there is none. */
    record Result(Optional<PostgresRestart> restart, String whyNot) {
        static Result no(String why) {
            return new Result(Optional.empty(), why);
        }
    }

    /** Restarts the cluster and waits until pg_ctlcluster reports it started again. */
    void restart() {
        List<String> command = List.of("pg_ctlcluster", "--mode", "fast", version, cluster, "restart");
        if (run(command).isEmpty()) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version + "/" + cluster;
    }

    /** The command's output when it exits 0 within a minute; empty when it cannot run or fails. */
    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
