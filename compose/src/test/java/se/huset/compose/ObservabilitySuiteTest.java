package se.huset.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations sees of the running suite (issue 9): Prometheus metrics with the feed lag per consumer and HTTP
 * latency histograms (all that compose/grafana's dashboard shows), the Kubernetes probe endpoints, and a W3C trace started by the caller that the gateway carries
 * on to the service that answers.
 */
class ObservabilitySuiteTest {

    /** A metric name in a PromQL expression: the word before a label selector. */
    private static final Pattern METRIC = Pattern.compile("([a-z][a-z0-9_]*)\\{");
    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        suite = Suite.start("intake", "booking");
    }

    @Test
    void everyProcessExposesPrometheusMetricsAndTheConsumerItsFeedLag() throws Exception {
        for (String process : new String[] {"gateway", "intake", "booking"}) {
            HttpResponse<String> metrics = prometheus(process);
            assertThat(metrics.statusCode()).as("%s /prometheus", process).isEqualTo(200);
            assertThat(metrics.body()).as("%s: HTTP latency histogram and database pool", process)
                    .contains("http_server_requests_seconds_bucket").contains("hikaricp_connections");
        }
        assertThat(prometheus("booking").body()).as("booking reads intake's feed")
                .containsPattern("huset_feed_lag\\{[^}]*consumer=\"intake/first-visits\"[^}]*process=\"booking\"")
                .contains("huset_feed_poll_seconds_count");
    }

    @Test
    void theProbeEndpointsAnswer() {
        for (String process : new String[] {"gateway", "intake", "booking"}) {
            for (String probe : new String[] {"/health/liveness", "/health/readiness"}) {
                HttpResponse<String> r = suite.get(process, probe, null);
                assertThat(r.statusCode()).as("%s %s: %s", process, probe, r.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void aTraceStartedByTheCallerReachesTheServiceThroughTheGateway() {
        String reception = suite.login("reception.region", "huset-demo");
        String direct = newTraceId();
        HttpResponse<String> atService = suite.get("intake", "/api/intake/contacts", reception,
                Map.of("traceparent", "00-" + direct + "-" + newSpanId() + "-01"));
        assertThat(atService.statusCode()).as(atService.body()).isEqualTo(200);
        assertThat(atService.headers().firstValue("traceresponse")).as("the service answers with its span in the trace")
                .hasValueSatisfying(v -> assertThat(v).startsWith("00-" + direct + "-"));

        // the gateway keeps the traceresponse of the service that answered, so this one is intake's span
        String trace = newTraceId();
        String callerSpan = newSpanId();
        HttpResponse<String> viaGateway = suite.get("gateway", "/api/intake/contacts", reception,
                Map.of("traceparent", "00-" + trace + "-" + callerSpan + "-01"));
        assertThat(viaGateway.statusCode()).as(viaGateway.body()).isEqualTo(200);
        assertThat(viaGateway.headers().allValues("traceresponse")).as("one traceresponse: intake's")
                .singleElement().satisfies(v -> {
                    assertThat(v).as("intake's span is in the caller's trace").startsWith("00-" + trace + "-");
                    assertThat(v).as("and is a span of its own, not the caller's").doesNotContain(callerSpan);
                });
    }

    @Test
    void everyMetricTheDashboardShowsIsExposed() throws Exception {
        StringBuilder exposed = new StringBuilder();
        for (String process : new String[] {"gateway", "intake", "booking"}) {
            exposed.append(prometheus(process).body());
        }
        JsonNode dashboard = new ObjectMapper().readTree(
                DebianTool.projectRoot().resolve("compose/grafana/huset-suite.json").toFile());
        List<String> metrics = new ArrayList<>();
        for (JsonNode expr : dashboard.findValues("expr")) {
            Matcher m = METRIC.matcher(expr.asText());
            while (m.find()) {
                metrics.add(m.group(1));
            }
        }
        assertThat(metrics).as("metrics in compose/grafana/huset-suite.json").isNotEmpty();
        for (String metric : metrics) {
            assertThat(exposed.toString()).as("the dashboard's %s is on some process's /prometheus", metric)
                    .containsPattern("(?m)^" + metric + "\\{");
        }
    }

    /** As Prometheus scrapes: the text format (the suite's own requests ask for JSON). */
    private static HttpResponse<String> prometheus(String process) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(suite.url(process, "/prometheus"))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String newTraceId() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    private static String newSpanId() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    }
}
