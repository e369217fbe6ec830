package se.huset.kit.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import se.huset.kit.problem.ProblemException;

/**
 * The signed-in caller's token, to pass on to another service: from the {@code Authorization: Bearer} header
 * (API clients) or the HUSET_TOKEN cookie (browsers). The request got here authenticated, so one of them is there.
 */
public final class CallerToken {

    private static final String BEARER = "Bearer ";
    private static final String COOKIE = "HUSET_TOKEN";

    private CallerToken() {
    }

    public static String of(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .orElseThrow(() -> ProblemException.forbidden("no token to pass on to another service"));
    }
}
