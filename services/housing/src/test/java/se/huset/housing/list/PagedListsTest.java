package se.huset.housing.list;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.housing.HousingTestSupport;
import se.huset.kit.testing.TestTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every housing list is keyset-paged: read page by page while new rows arrive, each row that was there from the
 * start comes exactly once and none twice; a cursor the list did not give out is 400 naming {@code after}.
 */
@MicronautTest(transactional = false)
class PagedListsTest extends HousingTestSupport {

    /** Pages through {@code path} with {@code limit}, calling {@code between} after each page; answers the ids in order. */
    private List<String> pageThrough(String path, int limit, String token, IntConsumer between) {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Map<String, Object> page = ok(call(HttpRequest.GET(path + sep + "limit=" + limit
                    + (after == null ? "" : "&after=" + after)), token), 200);
            assertThat(items(page)).hasSizeLessThanOrEqualTo(limit);
            items(page).forEach(item -> ids.add((String) item.get("id")));
            after = (String) page.get("next");
            between.accept(pages++);
        } while (after != null);
        assertThat(pages).as("more rows than one page").isGreaterThan(1);
        return ids;
    }

    private static void exactlyOnce(List<String> seen, Set<String> existing) {
        assertThat(new LinkedHashSet<>(seen)).as("no row twice").hasSameSizeAs(seen);
        assertThat(seen).as("every row that was there").containsAll(existing);
    }

    private void badCursor(String path, String token) {
        HttpResponse<Map<String, Object>> bad = call(HttpRequest.GET(path + (path.contains("?") ? "&" : "?")
                + "after=bm90LWEtY3Vyc29y"), token);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(body(bad).toString()).contains("field=after");
    }

    @Test
    void placementsOfAUnitNewestFirstWhilePlacementsArrive() {
        String unit = unit("Paging Björkebo", "EMERGENCY", 40, null, false);
        Set<String> existing = new LinkedHashSet<>();
        for (int i = 0; i < 17; i++) {
            existing.add((String) ok(place(client(30), unit, null, HOUSING_KOMMUN), 201).get("id"));
        }
        List<String> seen = pageThrough("/api/housing/placements?unitId=" + unit + "&status=PLACED", 5,
                HOUSING_KOMMUN, page -> ok(place(client(30), unit, null, HOUSING_KOMMUN), 201));
        exactlyOnce(seen, existing);
        assertThat(seen.get(0)).isEqualTo(new ArrayList<>(existing).get(existing.size() - 1));
        badCursor("/api/housing/placements?unitId=" + unit, HOUSING_KOMMUN);
    }

    @Test
    void placementFiltersNameTheirParameter() {
        String unit = unit("Paging filter", "EMERGENCY", 3, null, false);
        String mine = TestTokens.token("housing.paging", Org.KOMMUN, "HOUSING_STAFF");
        String id = (String) ok(place(client(40), unit, null, mine), 201).get("id");
        ok(place(client(40), unit, null, HOUSING_KOMMUN), 201);
        LocalDate today = LocalDate.now();
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/placements?mine=true&from=" + today + "&to=" + today),
                mine), 200))).extracting(p -> p.get("id")).containsExactly(id);
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/placements?unitId=" + unit + "&to="
                + today.minusDays(1)), mine), 200))).isEmpty();
        for (String[] bad : new String[][]{{"limit=0", "limit"}, {"limit=201", "limit"}, {"limit=many", "limit"},
                {"status=LOST", "status"}, {"from=igår", "from"}, {"from=" + today + "&to=" + today.minusDays(1), "to"},
                {"unitId=Björkebo", "unitId"}, {"mine=ja", "mine"}}) {
            HttpResponse<Map<String, Object>> answer = call(HttpRequest.GET("/api/housing/placements?" + bad[0]), mine);
            assertThat(answer.code()).as(bad[0]).isEqualTo(400);
            assertThat(body(answer).toString()).as(bad[0]).contains("field=" + bad[1]);
        }
        // a cursor of the newest-first list is not one of the waiting list's
        String next = (String) ok(call(HttpRequest.GET("/api/housing/placements?unitId=" + unit + "&limit=1"), mine),
                200).get("next");
        assertThat(call(HttpRequest.GET("/api/housing/units/" + unit + "/waiting-list?after=" + next), mine).code())
                .isEqualTo(400);
    }

    @Test
    void aUnitsWaitingListInQueueOrderWhileClientsQueue() {
        String unit = unit("Paging kö", "TRAINING_FLAT", 1, null, false);
        ok(place(client(30), unit, null, HOUSING_KOMMUN), 201);
        Set<String> existing = new LinkedHashSet<>();
        for (int i = 0; i < 12; i++) {
            existing.add(queue(client(30), unit));
        }
        List<String> seen = pageThrough("/api/housing/units/" + unit + "/waiting-list", 5, HOUSING_KOMMUN,
                page -> queue(client(30), unit));
        exactlyOnce(seen, existing);
        assertThat(seen.subList(0, existing.size())).as("longest waiting first").containsExactlyElementsOf(existing);
        badCursor("/api/housing/units/" + unit + "/waiting-list", HOUSING_KOMMUN);

        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/housing/units/" + unit + "?limit=5")
                .accept(MediaType.TEXT_HTML).bearerAuth(HOUSING_KOMMUN), String.class);
        assertThat(page.body()).contains("rel=\"next\"", "Nästa sida").doesNotContain("??");
        try {
            http.toBlocking().exchange(HttpRequest.GET("/housing/units/" + unit + "?after=trasig")
                    .accept(MediaType.TEXT_HTML).bearerAuth(HOUSING_KOMMUN), String.class);
            throw new AssertionError("a bad cursor is a bad request");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            assertThat(e.getResponse().getBody(String.class).orElseThrow())
                    .contains("Listan kan inte visas med värdet i after");
        }
    }

    @Test
    void aClientsDecisionsNewestFirstWhileDecisionsArrive() {
        UUID client = client(50);
        Set<String> existing = new LinkedHashSet<>();
        for (int i = 0; i < 11; i++) {
            existing.add(decisionOn(client, LocalDate.now().minusDays(30 + i)));
        }
        List<String> seen = pageThrough("/api/housing/decisions?clientId=" + client, 4, SOCIAL_KOMMUN,
                page -> decisionOn(client, LocalDate.now().minusDays(1)));
        exactlyOnce(seen, existing);
        badCursor("/api/housing/decisions?clientId=" + client, SOCIAL_KOMMUN);
        assertThat(body(call(HttpRequest.GET("/api/housing/decisions"), SOCIAL_KOMMUN)).toString())
                .contains("field=clientId");
    }

    @Test
    void alertsOpenFirstThenNewestWhileAlertsArrive() {
        String coordinator = TestTokens.token("socialworker.paging", Org.KOMMUN, "SOCIAL_WORKER");
        String unit = unit("Paging larm", "EMERGENCY", 40, null, false);
        Set<String> existing = new LinkedHashSet<>();
        for (int i = 0; i < 11; i++) {
            existing.add(lostHousing(unit, coordinator));
        }
        String acknowledged = existing.iterator().next();
        ok(call(HttpRequest.POST("/api/housing/alerts/" + acknowledged + "/acknowledge", Map.of()), coordinator), 200);

        List<String> seen = pageThrough("/api/housing/alerts?mine=true", 4, coordinator,
                page -> lostHousing(unit, coordinator));
        exactlyOnce(seen, existing);
        assertThat(seen.get(seen.size() - 1)).as("the acknowledged one after every open one").isEqualTo(acknowledged);
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/alerts?mine=true&state=ACKNOWLEDGED"), coordinator),
                200))).extracting(a -> a.get("id")).containsExactly(acknowledged);
        badCursor("/api/housing/alerts", coordinator);
        assertThat(body(call(HttpRequest.GET("/api/housing/alerts?state=SOLVED"), coordinator)).toString())
                .contains("field=state");
    }

    private String queue(UUID client, String unit) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client, "unitId", unit, "queue", true));
        return (String) ok(call(HttpRequest.POST("/api/housing/placements", body), HOUSING_KOMMUN), 201).get("id");
    }

    private String decisionOn(UUID client, LocalDate day) {
        return decided(client, day, day, day.plusMonths(6), "SOL_4_1");
    }

    /** A placement ended by eviction: the alert's id. */
    private String lostHousing(String unit, String coordinator) {
        String placement = (String) ok(place(client(35), unit, null, coordinator), 201).get("id");
        ok(call(HttpRequest.POST("/api/housing/placements/" + placement + "/end",
                Map.of("reason", "EVICTED", "aftercare", aftercare())), coordinator), 200);
        return (String) items(ok(call(HttpRequest.GET("/api/housing/alerts?mine=true&state=OPEN&limit=1"),
                coordinator), 200)).get(0).get("id");
    }
}
