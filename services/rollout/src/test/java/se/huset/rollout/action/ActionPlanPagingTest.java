package se.huset.rollout.action;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.rollout.RolloutTestSupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plans are keyset-paged, open before done and the most overdue first: paging while plans are added
 * gives each plan there from the start exactly once; a cursor or limit the list did not give out is 400 naming it.
 */
@MicronautTest(transactional = false)
class ActionPlanPagingTest extends RolloutTestSupport {

    private String plan(String title, LocalDate endsOn, String status) {
        HttpResponse<String> created = page(HttpRequest.POST("/api/rollout/action-plans", Map.of("title", title,
                "responsible", "Verksamhetschef", "activities", "Ta fram rutin", "startsOn",
                endsOn.minusMonths(2).toString(), "endsOn", endsOn.toString(), "resources", "Tid",
                "followUp", "Månadsvis", "kpi", "share-consent-both-orgs", "status", status)), AS_STEERING);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void everyPlanOnceOpenAndMostOverdueFirstWhilePlansArrive() {
        LocalDate today = LocalDate.now();
        Set<String> existing = new LinkedHashSet<>();
        String done = plan("Klar rutin", today.minusYears(2), "DONE");
        existing.add(done);
        for (int i = 0; i < 11; i++) {
            existing.add(plan("Rutin " + i, today.minusDays(40).plusDays(i * 7L), "IN_PROGRESS"));
        }
        List<String> seen = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> page = json("/api/rollout/action-plans?limit=4"
                    + (after == null ? "" : "&after=" + after), AS_USER_ORG);
            assertThat(items(page)).hasSizeLessThanOrEqualTo(4);
            items(page).forEach(p -> {
                seen.add((String) p.get("id"));
                rows.add(p);
            });
            after = (String) page.get("next");
            plan("Ny rutin " + pages++, today.plusYears(1), "NOT_STARTED");
        } while (after != null);
        assertThat(pages).isGreaterThan(1);
        assertThat(new LinkedHashSet<>(seen)).as("no plan twice").hasSameSizeAs(seen);
        assertThat(seen).containsAll(existing);
        List<String> statuses = rows.stream().map(p -> (String) p.get("status")).toList();
        assertThat(statuses.subList(statuses.indexOf("DONE"), statuses.size())).as("done plans after every open one")
                .containsOnly("DONE");
        List<LocalDate> openEnds = rows.stream().filter(p -> !"DONE".equals(p.get("status")))
                .map(p -> LocalDate.parse((String) p.get("endsOn"))).toList();
        assertThat(openEnds).as("most overdue first").isSorted();
    }

    @Test
    void badCursorsLimitsAndFiltersNameTheirParameter() {
        for (String[] bad : new String[][]{{"after=bm90LWEtY3Vyc29y", "after"}, {"limit=0", "limit"},
                {"limit=lots", "limit"}, {"status=SOON", "status"}}) {
            HttpResponse<String> answer = page(HttpRequest.GET("/api/rollout/action-plans?" + bad[0]), AS_USER_ORG);
            assertThat(answer.code()).as(bad[0]).isEqualTo(400);
            assertThat(answer.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(answer.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
        }
        HttpResponse<String> board = page(HttpRequest.GET("/rollout?after=trasig"), AS_STEERING);
        assertThat(board.code()).isEqualTo(400);
        assertThat(board.body()).contains("Listan kan inte visas med värdet i after");

        LocalDate today = LocalDate.now();
        for (int i = 0; i < 3; i++) {
            plan("Sidad rutin " + i, today.plusDays(i), "IN_PROGRESS");
        }
        HttpResponse<String> paged = page(HttpRequest.GET("/rollout?limit=2"), AS_STEERING);
        assertThat(paged.code()).isEqualTo(200);
        assertThat(paged.body()).contains("rel=\"next\"", "Nästa sida");
    }
}
