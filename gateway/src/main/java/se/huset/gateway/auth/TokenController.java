package se.huset.gateway.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;

/** Tokens for API clients ({@code POST /api/auth/token}); the services' own come from {@link ServiceTokenController}. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
public class TokenController {

    private final SignIn signIn;
    private final TokenIssuer issuer;
    private final HttpClientAddressResolver addresses;

    public TokenController(SignIn signIn, TokenIssuer issuer, HttpClientAddressResolver addresses) {
        this.signIn = signIn;
        this.issuer = issuer;
        this.addresses = addresses;
    }

    /**
     * `{"username","password"}` → `{"access_token","token_type":"Bearer","expires_in"}`; 401 on bad credentials or a
     * disabled account, 429 after 5 failures for a username within 15 minutes (`HUSET_LOGIN_MAX_FAILURES`,
     * `HUSET_LOGIN_WINDOW`), and after 50 failures from one address for any usernames (password spraying;
     * `HUSET_LOGIN_MAX_FAILURES_PER_SOURCE`; behind a proxy set `MICRONAUT_SERVER_CLIENT_ADDRESS_HEADER` to its
     * forwarding header); the login form counts the same.
     *
     * Who may call it: anyone.
     */
    @Post("/token")
    public HttpResponse<?> token(@Body @Valid TokenRequest request, HttpRequest<?> http) {
        SignInResult result = signIn.attempt(request.username(), request.password(), addresses.resolve(http));
        if (result instanceof SignInResult.Success success && success.account().mustChangePassword()) {
            return ProblemResponses.of(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                    "The password is for one use: sign in at /login and change it first.", null));
        }
        if (result instanceof SignInResult.Success success) {
            return HttpResponse.ok(TokenResponse.of(issuer.forStaff(success.account())));
        }
        if (result instanceof SignInResult.Throttled) {
            return ProblemResponses.of(new Problem(ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", 429,
                            "Too many failed sign-ins for this username or from this address; try again later.", null))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(signIn.window().toSeconds()));
        }
        return unauthorized("Wrong username or password, or the account is disabled.");
    }

    private static HttpResponse<?> unauthorized(String detail) {
        return ProblemResponses.of(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401, detail, null));
    }

    @Serdeable
    public record TokenRequest(@Nullable @NotBlank @Size(max = 64) String username,
                               @Nullable @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    @SuppressWarnings("checkstyle:RecordComponentName")
    public record TokenResponse(String access_token, String token_type, long expires_in) {

        static TokenResponse of(TokenIssuer.IssuedToken token) {
            return new TokenResponse(token.token(), "Bearer", token.expiresIn());
        }
    }
}
