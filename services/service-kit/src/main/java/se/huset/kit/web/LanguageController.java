package se.huset.kit.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Duration;

/** Switches the UI language (sv default, en available) with a cookie, then returns to the page. */
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LanguageController {

    @Get
    public HttpResponse<?> choose(@QueryValue String l, @QueryValue(defaultValue = "/") String back) {
        String lang = "en".equals(l) ? "en" : "sv";
        String target = back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return HttpResponse.seeOther(URI.create(target))
                .cookie(Cookie.of("lang", lang).path("/").httpOnly(true).sameSite(SameSite.Strict)
                        .maxAge(Duration.ofDays(365)));
    }
}
