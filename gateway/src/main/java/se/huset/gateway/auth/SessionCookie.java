package se.huset.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import se.huset.kit.web.WebFilters;

import java.time.Duration;

/**
 * The browser's session cookie: HttpOnly, SameSite=Strict, and Secure whenever users reach the suite over https
 * ({@code huset.public-url}), so the token never travels in clear.
 */
@Singleton
public class SessionCookie {

    private final String name;
    private final boolean secure;

    public SessionCookie(@Value("${micronaut.security.token.cookie.cookie-name}") String name,
                         @Value("${huset.public-url}") String publicUrl) {
        this.name = name;
        this.secure = WebFilters.isHttps(publicUrl);
    }

    public Cookie of(String token, Duration maxAge) {
        return Cookie.of(name, token).httpOnly(true).sameSite(SameSite.Strict).path("/").secure(secure).maxAge(maxAge);
    }

    public Cookie cleared() {
        return of("", Duration.ZERO);
    }
}
