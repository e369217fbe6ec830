package se.huset.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static se.huset.launcher.Console.step;

/**
 * Booking under contention: (a) {@code POST /api/booking/appointments} through the gateway with wrk and
 * compose/bench/booking.lua, every connection booking overlapping hours on a handful of staff members, so most
 * attempts collide and are answered 409; (b) pgbench running compose/bench/booking.sql, the statements one booking
 * runs, on booking's database with the same connections. Then the double bookings are counted straight from the
 * database: there must be none. Appends its section to REPORT.md.
 */
final class BookingBench {

    private static final String APPOINTMENTS = "/api/booking/appointments";
    private static final long DAY = 86_400;

    private final BenchRun run;
    private final int duration;
    private final int warmup;
    /** Staff members the connections compete for. */
    private final int staff;
    /** Days of 08:00–15:00 starts, every quarter hour, an hour long. */
    private final int days;

    BookingBench(BenchRun run) {
        this.run = run;
        this.duration = run.number("HUSET_BENCH_DURATION", 20);
        this.warmup = run.number("HUSET_BENCH_WARMUP", 10);
        this.staff = Math.max(1, run.number("HUSET_BENCH_BOOKING_STAFF", 4));
        this.days = Math.max(1, run.number("HUSET_BENCH_BOOKING_DAYS", 3));
    }

    void measure() {
        String admin = run.token("admin");
        calendars(admin, "bench");
        calendars(admin, "pgbench");
        // a fresh stretch of days far ahead for every run, so each run starts with free calendars
        long base = (System.currentTimeMillis() / 1000 / DAY + 400 + ThreadLocalRandom.current().nextInt(5000)) * DAY;

        step("booking: warm-up " + warmup + "s, then " + duration + "s at " + run.connections + " connections ("
                + run.gateway() + APPOINTMENTS + ", " + staff + " staff, " + days + " days)");
        String token = run.token("reception.region");
        run.runTool(wrk(warmup), luaEnv(token, base - DAY * (days + 1)), "booking-warmup.txt");
        Load api = Load.ofWrk(run.runTool(wrk(duration), luaEnv(token, base), "booking.txt"), run.out.resolve("booking.txt"));
        long apiBooked = booked("bench", base);

        step("booking pgbench: warm-up " + warmup + "s, then " + duration + "s at " + run.connections + " connections");
        Map<String, String> env = Map.of("PGPASSWORD", run.servicePassword("booking"));
        run.runTool(pgbench(base / DAY - days - 1, warmup), env, "booking-pgbench-warmup.txt");
        double tps = Load.tps(run.runTool(pgbench(base / DAY, duration), env, "booking-pgbench.txt"));
        long pgBooked = booked("pgbench", base);
        long doubles = Long.parseLong(run.serviceSql("booking", """
                select count(*) from appointment_slot a join appointment_slot b
                  on a.resource_kind = b.resource_kind and a.resource_key = b.resource_key
                 and a.appointment_id < b.appointment_id and a.during && b.during
                where a.active and b.active"""));

        run.append(String.join("\n", "", "## Booking under contention", "",
                "Run on " + BenchRun.now() + ": `POST " + APPOINTMENTS + "` through the gateway with wrk, " + run.connections
                        + " connections on",
                run.threads + " threads, " + warmup + " s warm-up then " + duration + " s measured. Every attempt books an "
                        + "hour at a random quarter hour",
                "(08:00–15:00, " + days + " days) with one of " + staff + " staff members, so neighbouring attempts "
                        + "overlap and most are refused",
                "with 409. pgbench runs the statements one successful booking runs (compose/bench/booking.sql: calendar "
                        + "and absence reads,",
                "appointment, slots, outbox event, audit row) on " + run.database("booking") + " as "
                        + BenchRun.serviceRole("booking") + " with the same connections.", "",
                "| path | attempts/s | bookings made | avg ms | p50 ms | p99 ms | attempts |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
                BenchRun.format("| (a) API through the gateway | %.1f | %d | %.2f | %.2f | %.2f | %d |", api.rps(), apiBooked,
                        api.avgMs(), api.p50Ms(), api.p99Ms(), api.requests()),
                BenchRun.format("| (b) pgbench, the same SQL | %.1f | %d | | | | |", tps, pgBooked), "",
                "API / pgbench: **" + Stats.show(Stats.ratio(api.rps(), tps)) + "**. Double bookings in the database "
                        + "(overlapping active slots of one resource): **" + doubles + "** (must be 0)."));
        if (doubles != 0) {
            throw new Fail(doubles + " double bookings found", "the no_double_booking constraint is missing or disabled");
        }
    }

    /** Calendars for the competing staff, working around the clock every day, so only collisions refuse a booking. */
    private void calendars(String adminToken, String prefix) {
        String hours = Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .map(d -> "{\"weekday\":\"" + d + "\",\"starts\":\"00:00\",\"ends\":\"23:59\"}")
                .collect(Collectors.joining(","));
        for (int i = 1; i <= staff; i++) {
            String url = run.gateway() + "/api/booking/calendars/" + prefix + "." + i;
            BenchRun.Answer answer = run.send("PUT", url, adminToken, "{\"displayName\":\"Bench " + i
                    + "\",\"org\":\"REGION\",\"unit\":\"Bench\",\"reception\":false,\"hours\":[" + hours + "]}", Map.of());
            if (answer.code() != 200) {
                throw new Fail("PUT " + url + " answered " + answer.code() + ": " + answer.body(), "./huset logs booking");
            }
        }
    }

    private List<String> wrk(int seconds) {
        return List.of("wrk", "-t" + run.threads, "-c" + run.connections, "-d" + seconds + "s", "--latency", "-s",
                run.dir.resolve("booking.lua").toString(), run.gateway() + APPOINTMENTS);
    }

    private Map<String, String> luaEnv(String token, long base) {
        return Map.of("HUSET_BENCH_TOKEN", token, "HUSET_BENCH_BASE", String.valueOf(base),
                "HUSET_BENCH_BOOKING_STAFF", String.valueOf(staff), "HUSET_BENCH_BOOKING_DAYS", String.valueOf(days));
    }

    private List<String> pgbench(long baseDay, int seconds) {
        List<String> command = new ArrayList<>(run.pgbench("booking"));
        command.addAll(List.of("-f", run.dir.resolve("booking.sql").toString(), "-D", "staff_count=" + staff,
                "-D", "days=" + days, "-D", "base_day=" + baseDay, "-T", String.valueOf(seconds), run.database("booking")));
        return command;
    }

    /** Bookings made for the staff of a prefix from the base on: the attempts that were not refused. */
    private long booked(String prefix, long base) {
        return Long.parseLong(run.serviceSql("booking", "select count(*) from appointment_slot where resource_kind = "
                + "'STAFF' and resource_key like '" + prefix + ".%' and lower(during) >= to_timestamp(" + base + ")"));
    }
}
