package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.bearer.BearerTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the login cookie. Micronaut's own cookie reader only runs in {@code authentication: cookie} mode, and the
 * suite runs in bearer mode so API clients get 401 rather than redirects; browsers still need their cookie read.
 */
@Singleton
public class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    public SessionCookieReader(@Value("${micronaut.security.token.cookie.cookie-name}") String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** After the Authorization header: an explicit bearer token wins over a cookie. */
    @Override
    public int getOrder() {
        return BearerTokenReader.ORDER + 1;
    }
}
