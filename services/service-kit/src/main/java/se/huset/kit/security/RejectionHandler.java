package se.huset.kit.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;
import se.huset.kit.web.PageRequests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 as problem+json for API clients; a browser asking for a page without a session is sent to
 * the login form and comes back where it was.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class RejectionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean page = PageRequests.isPage(request);
        if (!exception.isForbidden()) {
            if (request.getHeaders().contains("HX-Request")) {
                // an htmx poll after the session ran out: send the whole page to the login form, not the fragment
                return ProblemResponses.of(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                        "The session has ended.", null)).header("HX-Redirect", loginUrl(request));
            }
            if (page) {
                return HttpResponse.seeOther(URI.create(loginUrl(request)));
            }
            return ProblemResponses.of(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                            "A valid token is required (Authorization: Bearer, or the login cookie).", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return ProblemResponses.of(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role does not give access to this resource.", null));
    }

    private static String loginUrl(HttpRequest<?> request) {
        String current = request.getHeaders().get("HX-Current-URL");
        String path = current == null ? request.getPath() : URI.create(current).getRawPath();
        return "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
