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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One load run's figures: from wrk (the HUSET_RESULT line register.lua and booking.lua print) or from pgbench (its
 * per-transaction log and summary). Errors are non-2xx answers and socket errors (wrk) or failed transactions.
 */
record Load(long requests, double rps, double avgMs, double p50Ms, double p99Ms, long errors) {

    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+)");
    private static final Pattern FAILED = Pattern.compile("(?m)^number of failed transactions: ([0-9]+)");

    /** wrk's figures from the HUSET_RESULT line of its output, or a Fail naming the output. */
    static Load ofWrk(String output, Path file) {
        Map<String, String> result = new HashMap<>();
        output.lines().filter(l -> l.startsWith("HUSET_RESULT ")).findFirst().ifPresent(line ->
                Arrays.stream(line.substring("HUSET_RESULT ".length()).split(" ")).map(kv -> kv.split("=", 2))
                        .filter(kv -> kv.length == 2).forEach(kv -> result.put(kv[0], kv[1])));
        if (result.isEmpty()) {
            throw new Fail("no result from wrk (output: " + file + ")", "read that file; then ./huset bench again");
        }
        return new Load(Long.parseLong(result.get("requests")), Double.parseDouble(result.get("rps")),
                Double.parseDouble(result.get("avg_ms")), Double.parseDouble(result.get("p50_ms")),
                Double.parseDouble(result.get("p99_ms")),
                Long.parseLong(result.getOrDefault("non2xx", "0")) + Long.parseLong(result.get("socket_errors")));
    }

    /** pgbench's transactions per second from its summary. */
    static double tps(String output) {
        Matcher tps = TPS.matcher(output);
        return tps.find() ? Double.parseDouble(tps.group(1)) : 0;
    }

    /**
     * pgbench's figures: the summary's rate and failures, the latencies from the per-transaction logs that -l wrote
     * with the prefix (lines: client, transaction, time in µs, script, epoch, µs).
     */
    static Load ofPgbench(String output, Path logPrefix) {
        List<Double> millis = new ArrayList<>();
        try (Stream<Path> logs = Files.list(logPrefix.getParent())) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(logPrefix.getFileName().toString()))
                    .toList()) {
                Files.readAllLines(log).forEach(line -> millis.add(Long.parseLong(line.split(" ")[2]) / 1000.0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (millis.isEmpty()) {
            throw new Fail("pgbench wrote no transaction log (" + logPrefix + "*)", "read .huset/bench/pgbench.txt");
        }
        millis.sort(null);
        Matcher failed = FAILED.matcher(output);
        return new Load(millis.size(), tps(output), millis.stream().mapToDouble(d -> d).average().orElse(0),
                Stats.percentile(millis, 0.50), Stats.percentile(millis, 0.99), failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    /** A row of the report's load table: path, requests/s, avg, p50, p99, requests, errors. */
    String row(String path) {
        return BenchRun.format("| %s | %.1f | %.2f | %.2f | %.2f | %d | %d |", path, rps, avgMs, p50Ms, p99Ms, requests, errors);
    }
}
