package se.huset.kit.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery: a state-changing request from a browser is accepted only from the suite's own pages.
 * Its Origin (or, without one, its Referer) must be the configured public origin ({@code huset.public-url}) or the
 * host it was sent to; one that the browser authenticates with the login cookie must say where it comes from. Else
 * 403 problem+json. The cookie is SameSite=Strict already; this holds where SameSite does not (a sibling subdomain
 * is "same site", old browsers ignore it). API calls carry {@code Authorization: Bearer}, which another site cannot
 * make a browser send, so they are not checked.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SameOriginWrites implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final String publicOrigin;
    private final String sessionCookie;

    public SameOriginWrites(@Value("${huset.public-url}") String publicUrl,
                            @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String sessionCookie) {
        this.publicOrigin = originOf(publicUrl).orElseThrow(
                () -> new IllegalStateException("huset.public-url is not an absolute URL: " + publicUrl));
        this.sessionCookie = sessionCookie;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseCrossSite(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || bearer(request)) {
            return null;
        }
        if ("cross-site".equals(request.getHeaders().get("Sec-Fetch-Site"))) {
            return refused("Cross-site form submissions are refused.");
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        Optional<String> from = originOf(origin != null ? origin : request.getHeaders().get(HttpHeaders.REFERER));
        boolean refused = from.isPresent() ? !sameOrigin(from.get(), request.getHeaders().get(HttpHeaders.HOST))
                : request.getCookies().contains(sessionCookie);
        return refused ? refused("A change must come from the suite's own pages (" + publicOrigin + ").") : null;
    }

    private static boolean bearer(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length());
    }

    private boolean sameOrigin(String origin, @Nullable String host) {
        return origin.equals(publicOrigin)
                || host != null && origin.substring(origin.indexOf("://") + 3).equals(withoutDefaultPort(host, origin));
    }

    /** {@code scheme://host[:port]} in lower case, the port left out when it is the scheme's default. */
    static Optional<String> originOf(@Nullable String url) {
        if (url == null || url.isBlank() || "null".equals(url)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The Host header as {@link #originOf} writes an authority: lower case, no default port of the origin's scheme. */
    private static String withoutDefaultPort(String host, String origin) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        String defaultPort = origin.startsWith("https://") ? ":443" : ":80";
        return h.endsWith(defaultPort) ? h.substring(0, h.length() - defaultPort.length()) : h;
    }

    private static HttpResponse<?> refused(String detail) {
        return ProblemResponses.of(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403, detail, null));
    }
}
