package se.huset.kit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import se.huset.kit.list.Page;

/** Links between the pages of a list on a page: the same address and filters, only the cursor changes. */
public final class PageLinks {

    private PageLinks() {
    }

    /** The address of the next page of {@code page} as shown at {@code request}, or {@code null} on the last page. */
    public static @Nullable String next(HttpRequest<?> request, Page<?> page) {
        if (!page.hasNext()) {
            return null;
        }
        UriBuilder uri = UriBuilder.of(request.getPath());
        request.getParameters().forEach((name, values) -> {
            if (!"after".equals(name)) {
                values.forEach(v -> uri.queryParam(name, v));
            }
        });
        return uri.queryParam("after", page.next()).toString();
    }

    /** The first page of the same list: the filters kept, the cursor dropped; {@code null} when already there. */
    public static @Nullable String first(HttpRequest<?> request) {
        if (request.getParameters().get("after") == null) {
            return null;
        }
        UriBuilder uri = UriBuilder.of(request.getPath());
        request.getParameters().forEach((name, values) -> {
            if (!"after".equals(name)) {
                values.forEach(v -> uri.queryParam(name, v));
            }
        });
        return uri.toString();
    }
}
