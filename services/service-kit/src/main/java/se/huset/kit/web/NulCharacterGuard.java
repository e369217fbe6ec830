package se.huset.kit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteMatch;
import se.huset.kit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses a NUL character (U+0000) anywhere in the path, the query, a form or a JSON body with 400 problem+json
 * (the problem page for a page request), before any value is bound. PostgreSQL cannot store NUL in text and fails
 * the statement, which answered 500. Runs only for requests a route of this process handles (the route parameter
 * is required): the gateway forwards the rest unread and the service checks them itself.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NulCharacterGuard implements Ordered {

    private static final String MESSAGE = "must not contain NUL characters";
    /** A JSON escape of NUL that is not itself escaped (an even number of backslashes before it). */
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public void refuseNul(HttpRequest<?> request, RouteMatch<?> route, @Nullable @Body byte[] body) {
        if (containsNul(request.getUri().getRawPath())) {
            throw ProblemException.invalid("path", MESSAGE);
        }
        String query = request.getUri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (containsNul(pair)) {
                    throw ProblemException.invalid(pair.split("=", 2)[0], MESSAGE);
                }
            }
        }
        if (body != null && body.length > 0 && bodyContainsNul(request, body)) {
            throw ProblemException.invalid("body", MESSAGE);
        }
    }

    private static boolean bodyContainsNul(HttpRequest<?> request, byte[] body) {
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        if (type.matches(MediaType.MULTIPART_FORM_DATA_TYPE) || type.matches(MediaType.APPLICATION_OCTET_STREAM_TYPE)) {
            return false;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        if (type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return containsNul(text);
        }
        return MediaType.EXTENSION_JSON.equals(type.getExtension()) && JSON_NUL.matcher(text).find();
    }

    /** A raw (still percent-encoded) path, query pair or form body. */
    private static boolean containsNul(String raw) {
        return raw.contains("%00") || raw.indexOf('\0') >= 0;
    }
}
