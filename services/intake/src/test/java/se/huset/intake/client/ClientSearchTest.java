package se.huset.intake.client;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.intake.IntakeTestSupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The client search a page at a time, newest first, with {@code %} and {@code _} matched as themselves. */
@MicronautTest(transactional = false)
class ClientSearchTest extends IntakeTestSupport {

    @Override
    protected String databaseName() {
        return "intake_search";
    }

    @Test
    void searchPagesThroughEveryHitOnceAndTakesWildcardsLiterally() {
        for (int i = 0; i < 5; i++) {
            registerPerson(RECEPTION_REGION, personnummer("19900101", "60" + i), "Paging Pettersson " + i);
        }
        registerPerson(RECEPTION_REGION, personnummer("19900202", "611"), "Procent%Person");

        List<Object> names = new ArrayList<>();
        Map<String, Object> page = search("?q=pettersson&limit=2");
        names.addAll(names(page));
        while (page.get("next") != null) {
            page = search("?q=pettersson&limit=2&after=" + URLEncoder.encode((String) page.get("next"), StandardCharsets.UTF_8));
            names.addAll(names(page));
        }
        assertThat(names).containsExactly("Paging Pettersson 4", "Paging Pettersson 3", "Paging Pettersson 2",
                "Paging Pettersson 1", "Paging Pettersson 0");

        assertThat(names(search("?q=" + URLEncoder.encode("%%%", StandardCharsets.UTF_8)))).isEmpty();
        assertThat(names(search("?q=" + URLEncoder.encode("___", StandardCharsets.UTF_8)))).isEmpty();
        assertThat(names(search("?q=" + URLEncoder.encode("procent%pe", StandardCharsets.UTF_8)))).containsExactly("Procent%Person");
        assertThat(names(search("?q=" + URLEncoder.encode("procent_pe", StandardCharsets.UTF_8)))).isEmpty();

        for (String bad : List.of("?q=a", "?q=pettersson&limit=0", "?q=pettersson&after=x")) {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/clients" + bad), RECEPTION_REGION);
            assertThat(r.code()).as(bad).isEqualTo(400);
        }
    }

    private Map<String, Object> search(String query) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/intake/clients" + query), RECEPTION_REGION);
        assertThat(r.code()).as(query).isEqualTo(200);
        return body(r);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> m.get("name")).toList();
    }
}
