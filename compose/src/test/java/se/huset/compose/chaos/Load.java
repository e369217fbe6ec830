package se.huset.compose.chaos;

import se.huset.compose.Suite;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The steady load of a chaos run, through the gateway: reception registers contacts, each a new person with a
 * personnummer (ContactRegistered and ClientRegistered); every second one is triaged to the outpatient pathway
 * (ContactTriaged, a first-visit request in booking) and every third client gives consent to KOMMUN
 * (ConsentGranted); another worker books appointments. Every POST that creates something has its own
 * Idempotency-Key; no call is retried. Each write is remembered with its kind and, when answered 2xx, its id.
 */
final class Load implements AutoCloseable {

    /** What a write creates; {@link Checks} looks each acknowledged one up afterwards. */
    enum Kind { REGISTRATION, TRIAGE, CONSENT, BOOKING }

    /** One write attempt; {@code id} is the acknowledged id (for a triage: the contact's), null when not 2xx. */
    record Write(Kind kind, String id) {
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final long PAUSE_MILLIS = 100;   // per worker between writes: steady, and leaves the two cores to restarts
    static final String STAFF = "chaos.1";

    private final Calls calls;
    private final String token;
    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Map<Kind, LongAdder> attempts = Map.of(Kind.REGISTRATION, new LongAdder(), Kind.TRIAGE,
            new LongAdder(), Kind.CONSENT, new LongAdder(), Kind.BOOKING, new LongAdder());
    private final AtomicInteger people = new AtomicInteger();
    private final AtomicInteger slots = new AtomicInteger();
    private final LocalDate firstDay = LocalDate.now(STOCKHOLM).plusDays(30);
    private final ExecutorService workers = Executors.newFixedThreadPool(3);
    private volatile boolean running;

    Load(Calls calls, String receptionToken) {
        this.calls = calls;
        this.token = receptionToken;
    }

    /** Gives the booking staff member a calendar open around the clock, so only the load decides what is booked. */
    static void prepare(Suite suite, String adminToken) {
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.isEmpty() ? "" : ",")
                    .append("{\"weekday\":\"").append(day).append("\",\"starts\":\"00:00\",\"ends\":\"23:59\"}");
        }
        HttpResponse<String> r = suite.put("gateway", "/api/booking/calendars/" + STAFF, """
                {"displayName":"Kaos","org":"REGION","unit":"Beroendeenheten","reception":false,"hours":[%s]}"""
                .formatted(hours), adminToken);
        if (r.statusCode() != 200) {
            throw new AssertionError("PUT calendar " + STAFF + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    void start() {
        running = true;
        workers.submit(() -> loop(this::registerOne));
        workers.submit(() -> loop(this::registerOne));
        workers.submit(() -> loop(this::bookOne));
    }

    /** Stops the workers and waits for the calls in flight (each ends within the client timeout). */
    @Override
    public void close() {
        running = false;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(Calls.HANG_AFTER.toSeconds() * 3, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load workers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    long attempts(Kind kind) {
        return attempts.get(kind).sum();
    }

    /** Registers one contact outside the load (its id is what the intake probe reads). */
    String registerForProbe() {
        return registerOne().orElseThrow(() -> new AssertionError("the first registration was not acknowledged"));
    }

    private void loop(Supplier<?> write) {
        while (running) {
            write.get();
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Optional<String> registerOne() {
        int n = people.getAndIncrement();
        Optional<HttpResponse<String>> created = write(Kind.REGISTRATION, () -> calls.post("/api/intake/contacts", """
                {"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],\
                "reason":"Kaostest","person":{"identifier":"%s","name":"Kaos %d"}}""".formatted(personnummer(n), n),
                token, idempotencyKey()), "id");
        if (created.isEmpty()) {
            return Optional.empty();
        }
        String contactId = Suite.field(created.get().body(), "id");
        String clientId = Suite.field(created.get().body(), "clientId");
        if (n % 2 == 0) {
            write(Kind.TRIAGE, () -> calls.post("/api/intake/contacts/" + contactId + "/triage",
                    "{\"urgency\":\"SOON\",\"pathway\":\"BEROENDEENHETEN_OUTPATIENT\"}", token, Map.of()), null)
                    .ifPresent(r -> writes.add(new Write(Kind.TRIAGE, contactId)));
        }
        if (n % 3 == 0) {
            write(Kind.CONSENT, () -> calls.post("/api/intake/clients/" + clientId + "/consents", """
                    {"recipientOrgs":["KOMMUN"],"categories":["CARE"],"purpose":"CARE_COORDINATION","form":"VERBAL"}""",
                    token, idempotencyKey()), "id");
        }
        return Optional.of(contactId);
    }

    private Optional<HttpResponse<String>> bookOne() {
        int slot = slots.getAndIncrement();   // one hour each, 08-18, one after the other: never a collision
        ZonedDateTime start = firstDay.plusDays(slot / 10).atTime(8 + slot % 10, 0).atZone(STOCKHOLM);
        return write(Kind.BOOKING, () -> calls.post("/api/booking/appointments", """
                {"type":"INDIVIDUAL","clientId":"%s","staff":["%s"],"start":"%s","end":"%s"}""".formatted(
                UUID.randomUUID(), STAFF, start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                start.plusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), token, idempotencyKey()), "id");
    }

    /** Counts the attempt; when 2xx and {@code idField} is given, remembers the acknowledged id. */
    private Optional<HttpResponse<String>> write(Kind kind, Supplier<Optional<HttpResponse<String>>> call,
                                                 String idField) {
        attempts.get(kind).increment();
        Optional<HttpResponse<String>> answer = call.get();
        if (answer.isPresent() && idField != null) {
            writes.add(new Write(kind, Suite.field(answer.get().body(), idField)));
        }
        return answer;
    }

    private static Map<String, String> idempotencyKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** The n-th of a run's people: a valid personnummer (Luhn check digit), born 1940-01-01 plus n days. */
    static String personnummer(int n) {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n);
        String digits = born.format(DateTimeFormatter.ofPattern("yyMMdd")) + "123";
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = (digits.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return born.getYear() / 100 + digits.substring(0, 6) + "-" + digits.substring(6) + (10 - sum % 10) % 10;
    }
}
