package se.huset.kit.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a write's method, path and body as received, kept on the request for {@link Idempotency}: a
 * retry sends the same bytes, another request under the same key does not. Only routed requests (not what the
 * gateway forwards unread).
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
public class RequestFingerprint {

    private static final String ATTRIBUTE = "huset.request-fingerprint";

    @RequestFilter
    public void fingerprint(MutableHttpRequest<?> request, RouteMatch<?> route, @Nullable @Body byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethodName() + " " + request.getUri().getRawPath() + "\n").getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            sha256.update(body);
        }
        request.setAttribute(ATTRIBUTE, HexFormat.of().formatHex(sha256.digest()));
    }

    /** The request's fingerprint; empty for a call from outside an HTTP request (then only the key counts). */
    static String of(@Nullable HttpRequest<?> request) {
        return request == null ? "" : request.getAttribute(ATTRIBUTE, String.class).orElse("");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
