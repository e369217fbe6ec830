package se.huset.kit.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Runs first on every request: gives it a correlation id (kept from the caller when well-formed), and sets the
 * security headers on every answer. Cross-site writes are refused next ({@link SameOriginWrites}). When users reach
 * the suite over https ({@code huset.public-url}), every answer also tells the browser to use nothing else (HSTS);
 * over plain http (local development) it must not, or the browser would refuse localhost afterwards.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class WebFilters implements Ordered {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    /** A year, the suite's subdomains included: a first visit over http is the only one a network attacker gets. */
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";

    private final boolean https;

    public WebFilters(@Value("${huset.public-url}") String publicUrl) {
        this.https = isHttps(publicUrl);
    }

    /** Whether users reach the suite over https: its cookies are then Secure and its answers carry HSTS. */
    public static boolean isHttps(String publicUrl) {
        return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    public void in(MutableHttpRequest<?> request) {
        String id = request.getHeaders().get(CORRELATION_ID);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.getHeaders().set(CORRELATION_ID, id);
        }
        MDC.put("correlationId", id);
    }

    @ResponseFilter
    public void out(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getHeaders().get(CORRELATION_ID);
        if (id != null) {
            response.header(CORRELATION_ID, id);
        }
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with every form post, and
        // Micronaut refuses that (403) from a non-local origin to localhost, so no form worked on ./huset up
        // (found by the browser tests); other sites still get no referrer
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.header(STRICT_TRANSPORT_SECURITY, HSTS);
        }
        if (request.getPath().startsWith("/api/") || isPage(response)) {
            response.header("Cache-Control", "no-store");
        }
        MDC.remove("correlationId");
    }

    private static boolean isPage(MutableHttpResponse<?> response) {
        return response.getContentType().map(t -> "text".equals(t.getType())).orElse(false);
    }
}
