package se.huset.gateway;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import se.huset.contracts.security.Org;
import se.huset.gateway.accounts.AccountChanges;
import se.huset.gateway.accounts.Accounts;
import se.huset.gateway.auth.ServiceGrants;
import se.huset.kit.security.Staff;
import se.huset.kit.testing.ServiceTestSupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gateway against its own fresh PostgreSQL database. Routes: {@code intake} points at a closed port (a service
 * that is down), {@code booking} at a live stand-in, {@code programs} at one that answers too late; the rest are off.
 */
public abstract class GatewayTestSupport extends ServiceTestSupport {

    static final Upstream LIVE = Upstream.start(0);
    static final Upstream SLOW = Upstream.start(5_000);
    static final int CLOSED = Upstream.closedPort();
    static final String PASSWORD = "correct-horse-1";
    /** The internal listener's port (service tokens only), free when the class loads. */
    static final int INTERNAL_PORT = Upstream.closedPort();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Override
    protected String databaseName() {
        return "gateway";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.routes.intake", "http://127.0.0.1:" + CLOSED);
        p.put("huset.routes.booking", LIVE.url());
        p.put("huset.routes.programs", SLOW.url());
        p.put("huset.routes.housing", "");
        p.put("huset.routes.followup", "");
        p.put("huset.routes.rollout", "");
        p.put("huset.routes.casework", "");
        p.put("micronaut.http.client.follow-redirects", "false");
        p.put("huset.internal-port", String.valueOf(INTERNAL_PORT));
        // every test signs in from 127.0.0.1: the per-address limit is PasswordSprayingTest's to exercise
        p.put("huset.login.max-failures-per-source", "10000");
        for (String service : ServiceGrants.services()) {
            p.put("huset.service-secrets." + service, secretOf(service));
        }
        return p;
    }

    /** The test's secret of a service: its own, as ./huset generates one per service. */
    static String secretOf(String service) {
        return service + "-test-secret-0123456789abcdef0123";
    }

    /** A new enabled account with a unique username and the test password. */
    String newAccount(Org org, String... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountChanges(username, "Test " + username, PASSWORD, List.of(roles), org, "Nexus"),
                Staff.inProcess("test"));
        return username;
    }

    long idOf(String username) {
        return accounts.byUsername(username).orElseThrow().id();
    }

    /** Sends the request and answers whatever came back, error statuses included. */
    HttpResponse<String> call(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    static String text(HttpResponse<String> response) {
        Optional<String> body = response.getBody(String.class);
        return body.orElse("");
    }

    static String contentType(HttpResponse<?> response) {
        return response.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    }

    static MutableHttpRequest<?> form(String path, String body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }
}
