package se.huset.gateway.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.gateway.revocation.Revocations;
import se.huset.kit.security.RevokedTokens;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The login form for browsers: on success the token goes into the session cookie ({@link SessionCookie}). An account
 * with a one-time password gets a session that only changes it ({@link PasswordChangeFirst}) and goes there.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class LoginController {

    static final String VIEW = "gateway/login";
    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 200;

    private final SignIn signIn;
    private final TokenIssuer issuer;
    private final HttpClientAddressResolver addresses;
    private final Revocations revocations;
    private final SessionCookie cookie;

    public LoginController(SignIn signIn, TokenIssuer issuer, HttpClientAddressResolver addresses,
                           Revocations revocations, SessionCookie cookie) {
        this.signIn = signIn;
        this.issuer = issuer;
        this.addresses = addresses;
        this.revocations = revocations;
        this.cookie = cookie;
    }

    /**
     * The login form (sets the cookie; `next` only to local paths; a one-time password goes to `/account/password`),
     * logout (revokes the token).
     *
     * Who may call it: anyone.
     */
    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> form(@QueryValue @Nullable String next) {
        return page("", LocalPath.orHome(next), Map.of());
    }

    /**
     * The login form (sets the cookie; `next` only to local paths; a one-time password goes to `/account/password`),
     * logout (revokes the token).
     *
     * Who may call it: anyone.
     */
    @Post(value = "/login", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> login(@Body LoginForm form, HttpRequest<?> request) {
        String username = form.username() == null ? "" : form.username().trim();
        String password = form.password() == null ? "" : form.password();
        String next = LocalPath.orHome(form.next());
        Map<String, String> errors = new HashMap<>();
        if (username.isEmpty()) {
            errors.put("username", "login.error.username.required");
        } else if (username.length() > MAX_USERNAME) {
            errors.put("username", "login.error.username.long");
        }
        if (password.isEmpty()) {
            errors.put("password", "login.error.password.required");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", "login.error.password.long");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(username, next, errors));
        }
        SignInResult result = signIn.attempt(username, password, addresses.resolve(request));
        if (result instanceof SignInResult.Success success && success.account().mustChangePassword()) {
            TokenIssuer.IssuedToken token = issuer.forPasswordChange(success.account());
            return HttpResponse.seeOther(URI.create(PasswordController.PATH))
                    .cookie(cookie.of(token.token(), issuer.lifetime()));
        }
        if (result instanceof SignInResult.Success success) {
            TokenIssuer.IssuedToken token = issuer.forStaff(success.account());
            return HttpResponse.seeOther(URI.create(next)).cookie(cookie.of(token.token(), issuer.lifetime()));
        }
        if (result instanceof SignInResult.Throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(page(username, next, Map.of("password", "login.error.throttled")));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .body(page(username, next, Map.of("password", "login.error.invalid")));
    }

    /**
     * Ends the session: the cookie is cleared and the token revoked, so a copy of it (another tab, a stolen cookie,
     * an API client's bearer) is refused everywhere within seconds.
     */
    @Post("/logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> logout(@Nullable Authentication authentication) {
        if (authentication != null) {
            Object jti = authentication.getAttributes().get("jti");
            Instant expires = RevokedTokens.instant(authentication.getAttributes().get("exp"));
            if (jti != null && expires != null) {
                revocations.revokeToken(jti.toString(), authentication.getName(), expires);
            }
        }
        return HttpResponse.seeOther(URI.create("/login")).cookie(cookie.cleared());
    }

    private static ModelAndView<Map<String, Object>> page(String username, String next, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("next", next);
        model.put("errors", errors);
        return new ModelAndView<>(VIEW, model);
    }

    @Serdeable
    public record LoginForm(@Nullable String username, @Nullable String password, @Nullable String next) {
    }
}
