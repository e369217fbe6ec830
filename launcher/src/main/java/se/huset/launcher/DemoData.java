package se.huset.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import static se.huset.launcher.Console.step;

/**
 * Each process's demo data, loaded in list order while every process runs (a service's history builds on what it
 * has read from the feeds of those before it), the gateway first: its demo accounts record the services' data. A
 * marker per process, scale and server in .huset/demo says it is loaded.
 */
final class DemoData {

    private final Settings settings;
    private final LocalSuite suite;
    private final Postgres postgres;

    DemoData(Settings settings, LocalSuite suite, Postgres postgres) {
        this.settings = settings;
        this.suite = suite;
        this.postgres = postgres;
    }

    /**
     * demo: three years of an Östersund-sized clinic; county: five years of a county of 130,000 inhabitants, for the
     * benchmark, on databases of its own (HUSET_DB_SUFFIX=_county).
     */
    static String checkScale(String scale) {
        if (!scale.equals("demo") && !scale.equals("county")) {
            throw new Fail("unknown demo-data scale '" + scale + "'",
                    "use demo (the default) or county, e.g. HUSET_DB_SUFFIX=_county ./huset demo-data --scale county");
        }
        return scale;
    }

    /** The marker of one process's demo data of one scale on the server and databases in use. */
    Path marker(SuiteProcess p, String scale) {
        return settings.state().resolve("demo").resolve(p.name() + settings.dbSuffix() + "@" + postgres.host + "_"
                + postgres.port + (scale.equals("demo") ? "" : "." + scale));
    }

    /** The markers of the demo data on databases of this suffix, gone with the databases they name (./huset bench). */
    static void forget(Settings settings, ProcessList processes, String suffix) {
        java.io.File[] markers = settings.state().resolve("demo").toFile().listFiles();
        for (java.io.File marker : markers == null ? new java.io.File[0] : markers) {
            if (processes.all().stream().anyMatch(p -> marker.getName().startsWith(p.name() + suffix + "@"))) {
                marker.delete();
            }
        }
    }

    private boolean anyLoaded(SuiteProcess p) {
        return Files.exists(marker(p, "demo")) || Files.exists(marker(p, "county"));
    }

    boolean loaded() {
        return suite.processes().all().stream().allMatch(this::anyLoaded);
    }

    void load(boolean onlyMissing, String scale) {
        for (SuiteProcess p : suite.processes().all()) {
            if (onlyMissing && anyLoaded(p)) {
                continue;
            }
            step("loading demo data (" + scale + "): " + p.name());
            Path log = settings.logs().resolve(p.name() + "-demo-data.log");
            if (suite.demoData(p, scale, log) != 0) {
                System.err.println(Os.tail(log, 30));
                throw new Fail("demo data for " + p.name() + " failed (log: " + log + ")",
                        "fix the cause shown, then run ./huset demo-data --scale " + scale);
            }
            Postgres.touch(marker(p, scale));
        }
    }
}
