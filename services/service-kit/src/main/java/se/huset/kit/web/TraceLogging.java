package se.huset.kit.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Puts the OpenTelemetry trace and span id of the request's server span into the log context (JSON fields
 * {@code traceId} and {@code spanId}, next to {@code correlationId}), and answers with W3C {@code traceresponse}
 * ({@code 00-<trace id>-<span id>-<flags>}) so a caller can find the trace. The header is set only when absent:
 * the gateway passes on the one of the service that handled the request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TraceLogging implements Ordered {

    public static final String TRACE_RESPONSE = "traceresponse";
    private static final String ATTRIBUTE = TraceLogging.class.getName();

    @Override
    public int getOrder() {
        // after the OpenTelemetry server filter has made the request's span current
        return ServerFilterPhase.TRACING.after();
    }

    @RequestFilter
    public void in(MutableHttpRequest<?> request) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            MDC.put("traceId", span.getTraceId());
            MDC.put("spanId", span.getSpanId());
            request.setAttribute(ATTRIBUTE, "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                    + span.getTraceFlags().asHex());
        }
    }

    @ResponseFilter
    public void out(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(value -> {
            if (!response.getHeaders().contains(TRACE_RESPONSE)) {
                response.header(TRACE_RESPONSE, value);
            }
        });
        MDC.remove("traceId");
        MDC.remove("spanId");
    }
}
