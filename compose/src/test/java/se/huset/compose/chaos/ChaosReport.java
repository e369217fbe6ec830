package se.huset.compose.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The figures of a chaos run as plain-text tables, as {@code ./huset chaos} prints them. */
final class ChaosReport {

    private ChaosReport() {
    }

    static String format(ChaosRun.Result r) {
        StringBuilder out = new StringBuilder();
        ChaosRun.Plan plan = r.plan();
        line(out, "HUSET chaos run: %d round(s) of kill -9 per process, %.1f s load before each kill, %.1f s outage; "
                        + "took %d s (%d s to start the suite)", plan.rounds(), plan.calm().toMillis() / 1000.0,
                plan.outage().toMillis() / 1000.0, r.took().toSeconds(), r.suiteStart().toSeconds());
        line(out, "%s", r.postgresNote());
        line(out, "");
        line(out, "%-14s %10s %13s %6s", "WRITES", "attempted", "acknowledged", "lost");
        for (Checks.Durability d : r.durability()) {
            line(out, "%-14s %10d %13d %6d", d.kind().name().toLowerCase(Locale.ROOT), d.attempted(), d.acknowledged(), d.lost());
        }
        line(out, "");
        line(out, "%-10s %-20s %-18s %9s %10s %8s %8s %16s", "CONSUMER", "cursor", "events", "expected", "delivered",
                "missing", "doubled", "cursor/newest seq");
        for (Checks.Delivery d : r.deliveries()) {
            line(out, "%-10s %-20s %-18s %9d %10d %8d %8d %16s", d.service(), d.consumer(), d.events(), d.expected(),
                    d.delivered(), d.missing(), d.doubled(), d.cursor() + "/" + d.newest());
        }
        line(out, "");
        line(out, "%-48s %8s", "CALLS THROUGH THE GATEWAY (load and probes)", "count");
        for (Map.Entry<String, Long> e : r.calls().entrySet()) {
            line(out, "%-48s %8d", e.getKey(), e.getValue());
        }
        line(out, "%-48s %8d", "of which hangs (no answer within " + Calls.HANG_AFTER.toSeconds() + " s)", r.hangs());
        line(out, "%-48s %8d", "of which not 2xx/503 problem+json/gateway down", r.unexpected());
        r.unexpectedSamples().forEach(s -> line(out, "  e.g. %s", s));
        line(out, "");
        line(out, "%-10s %8s %12s %22s", "RECOVERY", "down ms", "healthy ms", "first 2xx via gw ms");
        for (ChaosRun.Recovery rec : r.recoveries()) {
            line(out, "%-10s %8d %12d %22d", rec.process(), rec.downMillis(), rec.healthyMillis(), rec.firstSuccessMillis());
        }
        line(out, "");
        line(out, "TOTAL: %d lost writes, %d missing and %d doubled events, %d hangs, %d other errors",
                r.lostWrites(), r.missingEvents(), r.doubledEvents(), r.hangs(), r.unexpected());
        return out.toString();
    }

    /** Prints the report and keeps a copy in compose/target/chaos-report.txt. */
    static void publish(ChaosRun.Result r) {
        String text = format(r);
        System.out.println(text);
        try {
            Path file = Path.of("target", "chaos-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
