package se.huset.compose.chaos;

import se.huset.compose.Suite;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The chaos driver: the whole suite started from its jars with fresh databases on free ports, a steady {@link Load}
 * through the gateway, and meanwhile each process killed with SIGKILL in turn (services first, the gateway last)
 * and started again, then PostgreSQL restarted once. Afterwards {@link Checks} reads what survived.
 *
 * <p>Recovery of a process is the time from starting it again to the first 2xx through the gateway of a read that
 * needs it (for PostgreSQL: from the restart command to the first 2xx of a read from intake's database).
 */
public final class ChaosRun {

    /** The suite's services; the gateway is always there. */
    static final List<String> SERVICES = List.of("intake", "booking", "programs", "housing", "followup", "casework",
            "rollout");

    /** A read through the gateway that needs the process (for intake, {@code %s} is a contact's id). */
    private static final Map<String, String> PROBES = Map.of(
            "intake", "/api/intake/contacts/%s",
            "booking", "/api/booking/requests?limit=1",
            "programs", "/api/programs/catalog",
            "housing", "/api/housing/units",
            "followup", "/api/followup/alerts",
            // the contact's id as a client's: casework's part of a timeline, read from its database (empty)
            "casework", "/api/casework/clients/%s/timeline",
            "rollout", "/api/rollout/trainings",
            "gateway", "/api/intake/contacts/%s",
            "postgres", "/api/intake/contacts/%s");
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    /**
     * How long the load runs before each kill ({@code calm}), how long the process stays dead ({@code outage}), and
     * how many times the whole round of kills is repeated; PostgreSQL is restarted once, at the end.
     */
    public record Plan(Duration calm, Duration outage, int rounds, boolean restartPostgres) {

        /** The CI version: each process once, a second's outage each. */
        public static final Plan SHORT = new Plan(Duration.ofMillis(500), Duration.ofSeconds(1), 1, true);

        /**
         * The plan from system properties {@code huset.chaos.calm} and {@code huset.chaos.outage} (seconds),
         * {@code huset.chaos.rounds} and {@code huset.chaos.restart-postgres}, each defaulting to {@link #SHORT}.
         */
        public static Plan fromSystemProperties() {
            return new Plan(seconds("huset.chaos.calm", SHORT.calm), seconds("huset.chaos.outage", SHORT.outage),
                    Integer.parseInt(System.getProperty("huset.chaos.rounds", Integer.toString(SHORT.rounds))),
                    Boolean.parseBoolean(System.getProperty("huset.chaos.restart-postgres", "true")));
        }

        private static Duration seconds(String property, Duration fallback) {
            String value = System.getProperty(property);
            return value == null || value.isBlank() ? fallback
                    : Duration.ofMillis(Math.round(1000 * Double.parseDouble(value)));
        }
    }

    /** One kill (or PostgreSQL restart): how long it was down, the time to healthy, and the time to a 2xx. */
    public record Recovery(String process, long downMillis, long healthyMillis, long firstSuccessMillis) {
    }

    /** Everything a run measured. */
    public record Result(Plan plan, Duration took, Duration suiteStart, List<Checks.Durability> durability,
                         List<Checks.Delivery> deliveries, Map<String, Long> calls, long unavailable, long hangs,
                         long unexpected, List<String> unexpectedSamples, List<Recovery> recoveries,
                         String postgresNote) {

        public long lostWrites() {
            return durability.stream().mapToLong(Checks.Durability::lost).sum();
        }

        public long missingEvents() {
            return deliveries.stream().mapToLong(Checks.Delivery::missing).sum();
        }

        public long doubledEvents() {
            return deliveries.stream().mapToLong(Checks.Delivery::doubled).sum();
        }
    }

    private final Suite suite;
    private final Calls calls;
    private final String token;
    private final String probeContact;

    private ChaosRun(Suite suite, Calls calls, String token, String probeContact) {
        this.suite = suite;
        this.calls = calls;
        this.token = token;
        this.probeContact = probeContact;
    }

    /** Starts the suite, runs the plan, stops the suite, and answers the figures. */
    public static Result run(Plan plan) throws SQLException, InterruptedException {
        long began = System.nanoTime();
        try (Suite suite = Suite.start(SERVICES.toArray(String[]::new))) {
            Duration suiteStart = Duration.ofNanos(System.nanoTime() - began);
            Calls calls = new Calls(path -> suite.url("gateway", path));
            Load.prepare(suite, suite.login("admin", "huset-demo"));
            String reception = suite.login("reception.region", "huset-demo");
            Load load = new Load(calls, reception);
            ChaosRun chaos = new ChaosRun(suite, calls, reception, load.registerForProbe());
            PostgresRestart.Result postgres = plan.restartPostgres() ? PostgresRestart.find()
                    : PostgresRestart.Result.no("turned off (huset.chaos.restart-postgres=false)");

            List<Recovery> recoveries = new ArrayList<>();
            load.start();
            try {
                for (int round = 0; round < plan.rounds(); round++) {
                    for (String process : processesInKillOrder()) {
                        Thread.sleep(plan.calm().toMillis());
                        recoveries.add(chaos.killAndRestart(process, plan.outage()));
                    }
                }
                if (postgres.restart().isPresent()) {
                    Thread.sleep(plan.calm().toMillis());
                    recoveries.add(chaos.restartPostgres(postgres.restart().get()));
                }
                Thread.sleep(plan.calm().toMillis());
            } finally {
                load.close();
            }

            Checks checks = new Checks(suite);
            List<Checks.Durability> durability = checks.durability(load);
            List<Checks.Delivery> deliveries = checks.deliveries();
            return new Result(plan, Duration.ofNanos(System.nanoTime() - began), suiteStart, durability, deliveries, calls.byKind(),
                    calls.count(Calls.UNAVAILABLE), calls.count(Calls.HANG),
                    calls.unexpectedCount(), calls.unexpectedSamples(), recoveries,
                    postgres.restart().map(r -> r + " restarted once").orElse("PostgreSQL NOT restarted: "
                            + postgres.whyNot()));
        }
    }

    private static List<String> processesInKillOrder() {
        List<String> order = new ArrayList<>(SERVICES);
        order.add("gateway");
        return order;
    }

    private Recovery killAndRestart(String process, Duration outage) throws InterruptedException {
        boolean gateway = process.equals("gateway");
        if (gateway) {
            calls.gatewayDown(true);
        }
        long killed = System.nanoTime();
        suite.kill(process);
        Thread.sleep(outage.toMillis());
        long relaunched = System.nanoTime();
        CompletableFuture<Long> healthy = CompletableFuture.supplyAsync(() -> {
            suite.restart(process);   // the process is dead already: this starts it and waits for /health
            return System.nanoTime();
        });
        try {
            long firstSuccess = firstSuccess(process, relaunched);
            long healthyAt = healthy.join();
            return new Recovery(process, millis(relaunched - killed), millis(healthyAt - relaunched),
                    millis(firstSuccess - relaunched));
        } finally {
            if (gateway) {
                healthy.join();
                calls.gatewayDown(false);
            }
        }
    }

    private Recovery restartPostgres(PostgresRestart postgres) throws InterruptedException {
        long started = System.nanoTime();
        postgres.restart();
        long up = System.nanoTime();
        long firstSuccess = firstSuccess("postgres", started);
        return new Recovery("postgres", millis(up - started), millis(up - started), millis(firstSuccess - started));
    }

    /** Reads the process's probe every 100 ms until it answers 2xx; answers when it did. */
    private long firstSuccess(String process, long since) throws InterruptedException {
        String probe = PROBES.get(process).formatted(probeContact);
        while (System.nanoTime() - since < RECOVERY_LIMIT.toNanos()) {
            if (calls.get(probe, token).isPresent()) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no 2xx from " + probe + " within " + RECOVERY_LIMIT);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
