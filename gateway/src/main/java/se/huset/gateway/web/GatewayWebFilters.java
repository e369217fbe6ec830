package se.huset.gateway.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import se.huset.kit.web.WebFilters;

/**
 * service-kit's {@link WebFilters} with its request filter marked {@code @Nullable}: the kit's version returns null to
 * let a request through, which Micronaut 4.10 rejects as a 500 unless the method says it may return null.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(WebFilters.class)
public class GatewayWebFilters extends WebFilters {

    @Override
    @RequestFilter
    @Nullable
    public HttpResponse<?> in(MutableHttpRequest<?> request) {
        return super.in(request);
    }
}
