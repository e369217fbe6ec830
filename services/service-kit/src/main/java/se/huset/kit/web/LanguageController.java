package se.huset.kit.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.net.URI;
import java.time.Duration;

/** Switches the UI language (sv default, en available) with a cookie, then returns to the page: never to another site. */
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LanguageController {

    @Operation(description = "Sets the UI language (l=sv or l=en; anything else is sv) in the lang cookie and answers "
            + "303 to back, a path on this site (default /); any other target, such as //host or /\\host, goes to /.")
    @Get
    public HttpResponse<?> choose(@QueryValue String l, @QueryValue(defaultValue = "/") String back) {
        String lang = "en".equals(l) ? "en" : "sv";
        return HttpResponse.seeOther(URI.create(pathOnThisSite(back)))
                .cookie(Cookie.of("lang", lang).path("/").httpOnly(true).sameSite(SameSite.Strict)
                        .maxAge(Duration.ofDays(365)));
    }

    /** back when it is a path here, else "/": browsers read "//host" and "/\host" as another site. */
    static String pathOnThisSite(String back) {
        boolean here = back.startsWith("/") && !back.startsWith("//") && back.chars().noneMatch(c -> c == '\\' || c < ' ');
        try {
            return here && URI.create(back).getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}
