package se.huset.kit.web;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringWriter;

/**
 * Renders a page into memory before any byte of it is sent. Micronaut Views otherwise renders while writing the
 * response, and a template error there leaves the request hanging with no answer (micronaut-views #832); here the
 * error becomes a plain 500 page at once, logged with the correlation id.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class EagerViewRendering implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(EagerViewRendering.class);
    static final String ERROR_PAGE = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Fel – HUSET</title></head>
            <body><main><h1>Sidan kunde inte visas</h1>
            <p>Ett fel uppstod när sidan skulle visas. Inget av det du sparat har gått förlorat; försök igen eller gå till
            <a href="/">startsidan</a>. Uppge felkoden %s om du kontaktar support.</p></main></body></html>
            """;

    /** Runs around the views filter: it sees the rendered view, not the model. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    @ResponseFilter
    public MutableHttpResponse<?> render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof Writable view)) {
            return response;
        }
        StringWriter page = new StringWriter();
        try {
            view.writeTo(page);
        } catch (Exception e) {
            String id = request.getHeaders().get(WebFilters.CORRELATION_ID);
            LOG.error("rendering {} {} failed [{}]", request.getMethodName(), request.getPath(), id, e);
            return HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(ERROR_PAGE.formatted(id));
        }
        return response.body(page.toString());
    }
}
