package se.huset.kit.idempotency;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.WebFilters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for create endpoints. The key is claimed in the same transaction as the create: a
 * concurrent retry waits on the key's row, then replays the first answer; a failed first attempt frees the key.
 * Nothing of the answer is kept but the created resource's id, next to a fingerprint of the request
 * ({@link RequestFingerprint}): a replay re-reads the resource as the caller (so consent and audit apply as to any
 * read), and the same key with another request is a conflict. Keys expire after {@code huset.idempotency.retention}.
 */
@Singleton
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer, so a client can tell a retry's answer from a first one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY = 200;
    /** What a replay's re-read carries over from the retry: who asks, and the thread of its log lines. */
    private static final List<String> CALLER_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE,
            HttpHeaders.ACCEPT_LANGUAGE, WebFilters.CORRELATION_ID);

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Router router;
    private final HttpClient self;
    private final Duration retention;

    public Idempotency(JdbcOperations jdbc, JsonMapper json, Router router, @Client("/") HttpClient self,
                       @Value("${huset.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.json = json;
        this.router = router;
        this.self = self;
        this.retention = retention;
    }

    /** Runs {@code create} once per (scope, key) and answers 201 with its result, or the first result on a retry. */
    public HttpResponse<?> created(String scope, @Nullable String key, Supplier<?> create) {
        Object body = once(scope, key, create);
        return body instanceof Replay replay ? replayed(replay) : HttpResponse.created(body);
    }

    /**
     * The claim of the key, the create and the stored id share one transaction. Answers the create's result, or on
     * a retry a {@link Replay} naming what the first attempt created.
     */
    @Transactional
    public Object once(String scope, @Nullable String key, Supplier<?> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY + " characters");
        }
        String fingerprint = RequestFingerprint.of(ServerRequestContext.currentRequest().orElse(null));
        // an expired key is claimed afresh; a live one is left alone (0 rows) and replayed
        int claimed = jdbc.prepareStatement("""
                insert into kit_idempotency (scope, key, request_hash) values (?, ?, ?)
                on conflict (scope, key) do update set request_hash = excluded.request_hash, resource_id = null,
                    created_at = now()
                where kit_idempotency.created_at < now() - ? * interval '1 second'""", ps -> {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.setString(3, fingerprint);
            ps.setLong(4, retention.toSeconds());
            return ps.executeUpdate();
        });
        if (claimed == 0) {
            return replay(scope, key, fingerprint);
        }
        Object result = create.get();
        jdbc.prepareStatement("update kit_idempotency set resource_id = ? where scope = ? and key = ?", ps -> {
            ps.setString(1, idOf(result));
            ps.setString(2, scope);
            ps.setString(3, key);
            return ps.executeUpdate();
        });
        return result;
    }

    /** A retry of an earlier create: what it created, by id (null when its answer had no id). */
    record Replay(@Nullable String id) {
    }

    private Replay replay(String scope, String key, String fingerprint) {
        String[] stored = jdbc.prepareStatement(
                "select request_hash, resource_id from kit_idempotency where scope = ? and key = ?", ps -> {
                    ps.setString(1, scope);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new String[] {rs.getString(1), rs.getString(2)};
                    }
                });
        if (!stored[0].equals(fingerprint)) {
            throw ProblemException.conflict("This " + HEADER + " was used for a different request; a new request "
                    + "needs a new key.");
        }
        return new Replay(stored[1]);
    }

    /**
     * 201 as the first time: the resource as it reads now when this service has a GET at {@code <path>/<id>} and
     * lets the caller read it, else its id alone.
     */
    private MutableHttpResponse<?> replayed(Replay replay) {
        Object body = replay.id() == null ? Map.of()
                : reread(replay.id()).map(Object.class::cast).orElse(Map.of("id", replay.id()));
        return HttpResponse.created(body).contentType(MediaType.APPLICATION_JSON_TYPE).header(REPLAYED, "true");
    }

    private Optional<String> reread(String id) {
        Optional<HttpRequest<Object>> retry = ServerRequestContext.currentRequest();
        if (retry.isEmpty()) {
            return Optional.empty();
        }
        String location = retry.get().getPath() + "/" + id;
        if (router.route(HttpMethod.GET, location).isEmpty()) {
            return Optional.empty();
        }
        MutableHttpRequest<?> read = HttpRequest.GET(location).accept(MediaType.APPLICATION_JSON_TYPE);
        CALLER_HEADERS.forEach(name -> retry.get().getHeaders().getFirst(name).ifPresent(v -> read.header(name, v)));
        try {
            return self.toBlocking().exchange(read, String.class).getBody();
        } catch (HttpClientException refusedOrGone) {
            // consent revoked since, the caller may not read it, the resource is gone: the id still says what was made
            return Optional.empty();
        }
    }

    private String idOf(Object result) {
        try {
            JsonNode answer = json.writeValueToTree(result);
            JsonNode id = answer.isObject() ? answer.get("id") : null;
            return id == null || id.isNull() ? null : id.coerceStringValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
