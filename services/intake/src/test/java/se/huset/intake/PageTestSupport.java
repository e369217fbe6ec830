package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Drives intake's pages as a browser would: HTML accepted, forms posted url-encoded. */
public abstract class PageTestSupport extends IntakeTestSupport {

    /** Redirects are checked, not followed: a page without a session must send the browser to the login form. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("micronaut.http.client.follow-redirects", "false");
        return p;
    }

    /** A page's answer: status, body text and the Location header of a redirect. */
    public record Page(int status, String html, String location) {
    }

    protected Page get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    protected Page post(String path, String token, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), token);
    }

    protected Page send(MutableHttpRequest<?> request, String token) {
        request.accept(MediaType.TEXT_HTML_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, String.class);
            return new Page(r.code(), r.getBody(String.class).orElse(""), r.getHeaders().get("Location"));
        } catch (HttpClientResponseException e) {
            return new Page(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().getHeaders().get("Location"));
        }
    }

    protected static Map.Entry<String, String> f(String name, String value) {
        return Map.entry(name, value);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
