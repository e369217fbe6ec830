package se.huset.gateway.proxy;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.client.ProxyRequestOptions;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;
import se.huset.kit.web.LayoutModel;
import se.huset.kit.web.WebFilters;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Forwards {@code /api/<service>/…} and {@code /<service>/…} to the configured service, path and query unchanged,
 * with method, body and end-to-end headers (Authorization, Cookie, X-Correlation-Id). Runs after the correlation id
 * is set and before the gateway's own security: each service checks the token itself. A service that refuses the
 * connection or does not start answering within {@code huset.proxy.timeout} gets a 503 in its place: problem+json
 * for the API, and for a browser asking for a page an HTML page that says which service and offers to try again.
 * A body declared larger than {@code micronaut.server.max-request-size} (the limit every process shares) answers
 * 413 problem+json here, unsent: the service would refuse it and drop the connection mid-body, which the gateway
 * could only report as a 503. A chunked body carries no length: the gateway's server counts it while it streams and
 * fails the forwarding when it passes the limit, which answers the same 413 (the service never gets a whole request).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class ProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);
    /** Set by the gateway on every answer (WebFilters); the service's copies are dropped so they appear once. */
    private static final List<String> GATEWAY_HEADERS = List.of(WebFilters.CORRELATION_ID, "Content-Security-Policy",
            "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy",
            WebFilters.STRICT_TRANSPORT_SECURITY);

    private final Routes routes;
    private final ProxyHttpClient client;
    private final Duration timeout;
    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final LayoutModel layout;
    private final long maxRequestSize;

    public ProxyFilter(Routes routes, ProxyHttpClient client, @Value("${huset.proxy.timeout:1500ms}") Duration timeout,
                       ThymeleafViewsRenderer<Map<String, Object>> views, LayoutModel layout,
                       HttpServerConfiguration server) {
        this.routes = routes;
        this.client = client;
        this.timeout = timeout;
        this.views = views;
        this.layout = layout;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return routes.match(request.getPath())
                .map(route -> forward(request, route))
                .orElseGet(() -> chain.proceed(request));
    }

    private Publisher<MutableHttpResponse<?>> forward(HttpRequest<?> request, Routes.Route route) {
        if (request.getContentLength() > maxRequestSize) {
            return Mono.just(tooLarge("body of " + request.getContentLength() + " bytes"));
        }
        String correlationId = request.getHeaders().get(WebFilters.CORRELATION_ID);
        MutableHttpRequest<?> outgoing = request.mutate().uri(targetUri(route.target(), request.getUri()));
        HopByHop.strip(outgoing.getHeaders());
        long started = System.nanoTime();
        return Mono.from(client.proxy(outgoing, ProxyRequestOptions.builder().retainHostHeader().build()))
                .timeout(timeout)
                .<MutableHttpResponse<?>>map(response -> {
                    HopByHop.strip(response.getHeaders());
                    GATEWAY_HEADERS.forEach(response.getHeaders()::remove);
                    log(correlationId, request, route, response.code(), started, null);
                    return response;
                })
                .onErrorResume(error -> {
                    if (error instanceof ContentLengthExceededException) {
                        log(correlationId, request, route, 413, started, error);
                        return Mono.just(tooLarge("streamed body"));
                    }
                    log(correlationId, request, route, 503, started, error);
                    return Mono.just(unavailable(request, route));
                });
    }

    private MutableHttpResponse<?> tooLarge(String body) {
        return ProblemResponses.of(ProblemResponses.forStatus(413, "The " + body + " is larger than the "
                + maxRequestSize + " bytes a request may carry."));
    }

    private MutableHttpResponse<?> unavailable(HttpRequest<?> request, Routes.Route route) {
        boolean browser = !request.getPath().startsWith("/api/") && request.getHeaders().accept().stream()
                .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (!browser) {
            return ProblemResponses.of(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                    "The " + route.service() + " service is not answering; try again shortly.", null));
        }
        ModelAndView<Map<String, Object>> page = new ModelAndView<>("gateway/unavailable",
                Map.of("service", route.service(), "retry", request.getUri().toString()));
        // the layout's model; the gateway's security has not run yet (this filter comes first), so no navigation
        layout.process(request, page);
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(views.render(page.getView().orElseThrow(), page.getModel().orElseThrow(), request));
    }

    /** The service's base with the request's path and query exactly as received (no decoding and re-encoding). */
    private static URI targetUri(URI base, URI received) {
        String query = received.getRawQuery() == null ? "" : "?" + received.getRawQuery();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + received.getRawPath() + query);
    }

    private static void log(String correlationId, HttpRequest<?> request, Routes.Route route, int status,
                            long started, Throwable error) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (MDC.MDCCloseable ignored = MDC.putCloseable("correlationId", correlationId)) {
            if (error == null) {
                LOG.info("proxied {} {} to {} -> {} in {} ms [{}]", request.getMethodName(), request.getPath(),
                        route.service(), status, millis, correlationId);
            } else {
                LOG.warn("proxy {} {} to {} failed after {} ms ({}); answered 503 [{}]", request.getMethodName(),
                        request.getPath(), route.service(), millis, error.toString(), correlationId);
            }
        }
    }
}
