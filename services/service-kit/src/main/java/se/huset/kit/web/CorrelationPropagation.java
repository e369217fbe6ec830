package se.huset.kit.web;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import org.slf4j.MDC;

/**
 * Carries the correlation id of the request being served (or of the background job's log context) on every call
 * this process makes to another part of the suite, so one id follows a user's action through every log.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
public class CorrelationPropagation {

    @RequestFilter
    public void propagate(MutableHttpRequest<?> request) {
        if (request.getHeaders().contains(WebFilters.CORRELATION_ID)) {
            return;
        }
        String id = ServerRequestContext.currentRequest()
                .map(r -> r.getHeaders().get(WebFilters.CORRELATION_ID))
                .orElse(MDC.get("correlationId"));
        if (id != null) {
            request.header(WebFilters.CORRELATION_ID, id);
        }
    }
}
