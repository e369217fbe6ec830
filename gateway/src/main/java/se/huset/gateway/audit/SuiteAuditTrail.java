package se.huset.gateway.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.huset.contracts.security.Roles;
import se.huset.gateway.proxy.Routes;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.audit.AuditQuery;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.CallerToken;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * For AUDITOR: one user's (or one time window's) trail across the whole suite, {@code GET /api/audit}. Each process
 * keeps its own log and answers its own part with the auditor's token, so each logs the auditor's search itself;
 * here the parts are merged oldest first, a page at a time. The cursor holds each process's position. A process
 * that does not answer within {@code huset.audit.suite-timeout} is named in {@code unavailable} on that page and
 * asked again from its position on the next; the trail ends when every process that answers has been read.
 */
@Controller("/api/audit")
@Secured(Roles.AUDITOR)
public class SuiteAuditTrail {

    private static final String GATEWAY = "gateway";
    /** A process's position in the cursor: its own cursor, or this mark once its part has been read to the end. */
    private static final String DONE = "-";
    private static final Pattern POSITION = Pattern.compile("[A-Za-z0-9_-]+|" + DONE);

    private final Routes routes;
    private final HttpClient http;
    private final AuditLog ownLog;
    private final Duration timeout;

    public SuiteAuditTrail(Routes routes, HttpClient http, AuditLog ownLog,
                           @Value("${huset.audit.suite-timeout:2s}") Duration timeout) {
        this.routes = routes;
        this.timeout = timeout;
        this.http = http;
        this.ownLog = ownLog;
    }

    /** A row of the suite's trail: the process that logged it, and the row as that process's log holds it. */
    @Serdeable
    public record SuiteRow(String process, long id, Instant at, String username, @Nullable String org, String roles,
                           @Nullable UUID clientId, String action, String resource, String basis, String outcome) {
    }

    @Serdeable
    public record SuitePage(List<SuiteRow> items, @Nullable String next, List<String> unavailable) {
    }

    @Get
    public SuitePage search(@QueryValue @Nullable String username, @QueryValue @Nullable String from,
                            @QueryValue @Nullable String to, @QueryValue @Nullable String after,
                            @QueryValue @Nullable String limit, HttpRequest<?> request, Authentication authentication) {
        int size = ListParams.limit(limit);
        AuditQuery.of(username, from, to, null, size); // a bad date is 400 here, before any process is asked
        Map<String, String> positions = positions(after);
        String token = CallerToken.of(request);
        List<String> unavailable = new ArrayList<>();
        List<SuiteRow> candidates = new ArrayList<>();
        Map<String, Boolean> more = new LinkedHashMap<>();
        // every process at once, each given the same short time: one slow process must not hold up the trail
        Map<String, Page<AuditLog.LoggedAccess>> answers = new LinkedHashMap<>();
        Flux.fromIterable(routes.all().keySet())
                .filter(process -> !DONE.equals(positions.get(process)))
                .flatMap(process -> Mono.from(part(process, username, from, to, positions.get(process), size, token))
                        .timeout(timeout)
                        .filter(page -> page.items() != null)
                        .map(page -> Map.entry(process, page))
                        .onErrorResume(error -> badQuery(process, error)))
                .collectList().block()
                .forEach(answer -> answers.put(answer.getKey(), answer.getValue()));
        for (String process : processes()) {
            String position = positions.get(process);
            if (DONE.equals(position)) {
                continue;
            }
            Page<AuditLog.LoggedAccess> part = GATEWAY.equals(process)
                    ? ownLog.searchBy(Staff.of(authentication), AuditQuery.of(username, from, to, position, size))
                    : answers.get(process);
            if (part == null) {
                unavailable.add(process);
            } else {
                part.items().forEach(r -> candidates.add(new SuiteRow(process, r.id(), r.at(), r.username(), r.org(),
                        r.roles(), r.clientId(), r.action(), r.resource(), r.basis(), r.outcome())));
                more.put(process, part.next() != null);
            }
        }
        candidates.sort(Comparator.comparing(SuiteRow::at).thenComparing(SuiteRow::process)
                .thenComparingLong(SuiteRow::id));
        List<SuiteRow> shown = candidates.subList(0, Math.min(size, candidates.size()));
        Map<String, String> next = new LinkedHashMap<>(positions);
        for (String process : more.keySet()) {
            List<SuiteRow> taken = shown.stream().filter(r -> r.process().equals(process)).toList();
            long offered = candidates.stream().filter(r -> r.process().equals(process)).count();
            if (taken.size() == offered && !more.get(process)) {
                next.put(process, DONE);
            } else if (!taken.isEmpty()) {
                SuiteRow last = taken.get(taken.size() - 1);
                next.put(process, Cursor.after(last.at(), last.id()).encode());
            }
        }
        boolean finished = processes().stream().filter(p -> !unavailable.contains(p))
                .allMatch(p -> DONE.equals(next.get(p)));
        return new SuitePage(List.copyOf(shown), finished ? null : encode(next), unavailable);
    }

    /**
     * A 400 is the query's fault and the same everywhere: said to the auditor as that process said it. Anything
     * else (refused connection, timeout, an answer that is no log) leaves the process out, named unavailable.
     */
    private static Mono<Map.Entry<String, Page<AuditLog.LoggedAccess>>> badQuery(String process, Throwable error) {
        if (error instanceof HttpClientResponseException e && e.getStatus().getCode() == 400) {
            return Mono.error(e.getResponse().getBody(Problem.class).map(ProblemException::new)
                    .orElseGet(() -> ProblemException.invalid("after", "refused by " + process)));
        }
        return Mono.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private org.reactivestreams.Publisher<Page<AuditLog.LoggedAccess>> part(String process, @Nullable String username, @Nullable String from,
                                            @Nullable String to, @Nullable String position, int size, String token) {
        URI base = routes.all().get(process);
        UriBuilder uri = UriBuilder.of(base).path("/api/" + process + "/audit").queryParam("limit", size);
        if (username != null) {
            uri.queryParam("username", username);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (position != null) {
            uri.queryParam("after", position);
        }
        return (org.reactivestreams.Publisher) http.retrieve(HttpRequest.GET(uri.build()).bearerAuth(token),
                Argument.of(Page.class, AuditLog.LoggedAccess.class));
    }

    /** The gateway first, then every routed process: each keeps its own log. */
    private List<String> processes() {
        List<String> all = new ArrayList<>();
        all.add(GATEWAY);
        all.addAll(routes.all().keySet());
        return all;
    }

    private static Map<String, String> positions(@Nullable String raw) {
        Map<String, String> positions = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return positions;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            for (String part : text.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || !POSITION.matcher(kv[1]).matches()) {
                    throw ProblemException.invalid("after", "is not a cursor this list handed out");
                }
                positions.put(kv[0], kv[1]);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", "is not a cursor this list handed out");
        }
        return positions;
    }

    private static String encode(Map<String, String> positions) {
        StringBuilder text = new StringBuilder();
        positions.forEach((process, position) -> text.append(text.isEmpty() ? "" : ";").append(process).append('=')
                .append(position));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
