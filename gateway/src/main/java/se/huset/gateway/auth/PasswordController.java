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
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.gateway.accounts.AccountForm;
import se.huset.gateway.accounts.Accounts;
import se.huset.gateway.accounts.StaffAccount;
import se.huset.kit.problem.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A signed-in user changes their own password, giving the current one, which is checked as a sign-in is
 * ({@link SignIn}: throttled and logged, so a stolen session cannot be used to guess it). The only page a one-time
 * password opens
 * ({@link PasswordChangeFirst}); once changed, every earlier token of the user is revoked and the session goes on
 * with a new, ordinary one.
 */
@Controller(PasswordController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PasswordController {

    public static final String PATH = "/account/password";
    private static final String VIEW = "gateway/password";

    private final Accounts accounts;
    private final SignIn signIn;
    private final HttpClientAddressResolver addresses;
    private final TokenIssuer issuer;
    private final SessionCookie cookie;

    public PasswordController(Accounts accounts, SignIn signIn, HttpClientAddressResolver addresses,
                              TokenIssuer issuer, SessionCookie cookie) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.addresses = addresses;
        this.issuer = issuer;
        this.cookie = cookie;
    }

    /**
     * Change your own password (`current`, `password`, `repeat`); the only page a one-time password opens.
     *
     * Who may call it: signed in.
     */
    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> form(Authentication authentication) {
        return page(authentication, Map.of());
    }

    /**
     * Change your own password (`current`, `password`, `repeat`); the only page a one-time password opens.
     *
     * Who may call it: signed in.
     */
    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(@Body PasswordForm form, Authentication authentication, HttpRequest<?> request) {
        StaffAccount account = accounts.byUsername(authentication.getName())
                .filter(StaffAccount::enabled)
                .orElseThrow(() -> ProblemException.notFound("Your account"));
        String current = form.current() == null ? "" : form.current();
        String password = form.password() == null ? "" : form.password();
        Map<String, String> errors = new HashMap<>();
        SignInResult check = current.isEmpty() || current.length() > AccountForm.MAX_PASSWORD
                ? new SignInResult.Refused() : signIn.attempt(account.username(), current, addresses.resolve(request));
        if (check instanceof SignInResult.Throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(page(authentication, Map.of("current", "login.error.throttled")));
        }
        if (!(check instanceof SignInResult.Success)) {
            errors.put("current", "password.error.current");
        }
        if (password.length() < AccountForm.MIN_PASSWORD || password.length() > AccountForm.MAX_PASSWORD) {
            errors.put("password", "accounts.error.password.length");
        } else if (password.equals(current)) {
            errors.put("password", "password.error.same");
        } else if (!password.equals(form.repeat())) {
            errors.put("repeat", "password.error.repeat");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(authentication, errors));
        }
        accounts.changeOwnPassword(account, password);
        TokenIssuer.IssuedToken token = issuer.forStaff(accounts.byId(account.id()).orElseThrow());
        return HttpResponse.seeOther(URI.create("/")).cookie(cookie.of(token.token(), issuer.lifetime()));
    }

    private static ModelAndView<Map<String, Object>> page(Authentication authentication, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("oneTime", PasswordChangeFirst.mustChangePassword(authentication));
        model.put("errors", errors);
        return new ModelAndView<>(VIEW, model);
    }

    @Serdeable
    public record PasswordForm(@Nullable String current, @Nullable String password, @Nullable String repeat) {
    }
}
