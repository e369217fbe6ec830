package se.huset.kit.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for create endpoints. The key is claimed in the same transaction as the create: a
 * concurrent retry waits on the key's row, then replays the first answer; a failed first attempt frees the key.
 */
@Singleton
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public Idempotency(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Runs {@code create} once per (scope, key) and answers 201 with its result, or the first result on a retry. */
    public HttpResponse<?> created(String scope, @Nullable String key, Supplier<?> create) {
        Object body = once(scope, key, create);
        return body instanceof Replay replay
                ? HttpResponse.created(replay.json()).contentType(MediaType.APPLICATION_JSON_TYPE)
                : HttpResponse.created(body);
    }

    /** The claim of the key, the create and the stored answer share one transaction. */
    @Transactional
    public Object once(String scope, @Nullable String key, Supplier<?> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY + " characters");
        }
        int claimed = jdbc.prepareStatement(
                "insert into kit_idempotency (scope, key) values (?, ?) on conflict do nothing", ps -> {
                    ps.setString(1, scope);
                    ps.setString(2, key);
                    return ps.executeUpdate();
                });
        if (claimed == 0) {
            return new Replay(jdbc.prepareStatement("select body from kit_idempotency where scope = ? and key = ?", ps -> {
                ps.setString(1, scope);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
        Object result = create.get();
        jdbc.prepareStatement("update kit_idempotency set body = ? where scope = ? and key = ?", ps -> {
            ps.setString(1, write(result));
            ps.setString(2, scope);
            ps.setString(3, key);
            return ps.executeUpdate();
        });
        return result;
    }

    /** The stored JSON of the first answer, replayed as is. */
    record Replay(String json) {
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
