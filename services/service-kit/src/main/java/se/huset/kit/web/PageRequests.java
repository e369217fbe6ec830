package se.huset.kit.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

/** Whether a request is a browser opening a page (answered with HTML), not an API call or an htmx fragment. */
public final class PageRequests {

    private PageRequests() {
    }

    public static boolean isPage(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.GET
                && !request.getPath().startsWith("/api/")
                && !request.getHeaders().contains("HX-Request")
                && request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }
}
