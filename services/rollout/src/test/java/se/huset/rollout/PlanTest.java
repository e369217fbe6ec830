package se.huset.rollout;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PlanTest extends RolloutTestSupport {

    /** The plan's dates are checked against a fixed start; the demo's start anchored on today is tested apart. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("huset.rollout.start-date", "2026-01-01");
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlanHoldsEveryItemOfSeed001Section71() {
        Map<String, Object> plan = json("/api/rollout/plan", AS_USER_ORG);
        assertThat(plan.get("startDate")).isEqualTo("2026-01-01");
        List<Map<String, Object>> phases = (List<Map<String, Object>>) plan.get("phases");
        assertThat(phases).extracting(p -> p.get("phase"))
                .containsExactly("YEAR1_STEP1", "YEAR1_STEP2", "YEAR2", "YEAR3");
        List<Map<String, Object>> milestones = phases.stream()
                .flatMap(p -> ((List<Map<String, Object>>) p.get("milestones")).stream()).toList();
        assertThat(milestones).hasSize(23);
        assertThat(phases).extracting(p -> ((List<?>) p.get("milestones")).size()).containsExactly(9, 3, 7, 4);
        assertThat(milestones).extracting(m -> m.get("title")).contains(
                "Styrgrupp utses",
                "Mottagning sjösätts med en ingång och ett telefonnummer",
                "Brukarorganisationerna har en plats i mottagningen",
                "Beslut om särskild ungdomsmottagning",
                "Beslut om hur länets övriga kommuner kommer att ansluta");
        assertThat(milestones).filteredOn(m -> Boolean.TRUE.equals(m.get("decisionRequired")))
                .extracting(m -> m.get("code"))
                .containsExactlyInAnyOrder("Y2-BESLUT-UNGDOMSMOTTAGNING", "Y3-BESLUT-MYNDIGHET", "Y3-BESLUT-ANSLUTNING");
        Map<String, Object> youth = milestones.stream().filter(m -> m.get("code").equals("Y2-BESLUT-UNGDOMSMOTTAGNING"))
                .findFirst().orElseThrow();
        assertThat(youth.get("dueOn")).as("due at the end of month 24 from 2026-01-01").isEqualTo("2027-12-31");
        assertThat(milestones).allSatisfy(m -> assertThat(m).containsKeys("status", "owner", "evidence", "decision"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void milestoneEditsKeepHistoryWithWhoAndWhen() {
        String path = "/api/rollout/milestones/Y3-BESLUT-ANSLUTNING";
        HttpResponse<String> r = page(HttpRequest.PATCH(path, Map.of("status", "IN_PROGRESS",
                "evidence", "Dialog med sju kommuner påbörjad.")), AS_STEERING);
        assertThat(r.code()).isEqualTo(200);
        r = page(HttpRequest.PATCH(path, Map.of("status", "DONE", "decision", "Kommunerna ansluter via avtal om köp av tjänst.",
                "decidedOn", "2026-11-01")), AS_STEERING);
        assertThat(r.code()).isEqualTo(200);

        Map<String, Object> detail = json(path, AS_THERAPIST);
        Map<String, Object> m = (Map<String, Object>) detail.get("milestone");
        assertThat(m.get("status")).isEqualTo("DONE");
        assertThat(m.get("decidedOn")).isEqualTo("2026-11-01");
        assertThat(m.get("updatedBy")).isEqualTo("steering");
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).extracting(h -> h.get("field") + ":" + h.get("oldValue") + "->" + h.get("newValue"))
                .contains("status:NOT_STARTED->IN_PROGRESS", "status:IN_PROGRESS->DONE",
                        "evidence:null->Dialog med sju kommuner påbörjad.", "decidedOn:null->2026-11-01");
        List<String> fields = history.stream().map(h -> h.get("field") + ":" + h.get("newValue")).toList();
        assertThat(fields.indexOf("status:DONE")).as("newest first").isLessThan(fields.indexOf("status:IN_PROGRESS"));
        assertThat(history).allSatisfy(h -> {
            assertThat(h.get("changedBy")).isEqualTo("steering");
            assertThat(h.get("changedAt")).isNotNull();
        });

        String page = page(HttpRequest.GET("/rollout/milestones/Y3-BESLUT-ANSLUTNING"), AS_STEERING).body();
        assertThat(page).contains("Historik", "Kommunerna ansluter via avtal om köp av tjänst.", "steering",
                "<td>Pågår</td>", "<td>Klar</td>");
    }

    @Test
    void onlySteeringEditsAndBadInputIsA400NamingTheField() {
        String path = "/api/rollout/milestones/Y1S1-STYRGRUPP";
        assertThat(page(HttpRequest.PATCH(path, Map.of("status", "DONE")), AS_THERAPIST).code()).isEqualTo(403);
        assertThat(page(HttpRequest.PATCH(path, Map.of("status", "DONE")), AS_USER_ORG).code()).isEqualTo(403);

        HttpResponse<String> bad = page(HttpRequest.PATCH(path, Map.of("status", "FINISHED")), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"status\"");

        bad = page(HttpRequest.PATCH(path, Map.of("decision", "Ja", "decidedOn", "2026-01-10")), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"decision\"");
        bad = page(HttpRequest.PATCH("/api/rollout/milestones/Y2-BESLUT-UNGDOMSMOTTAGNING",
                Map.of("decidedOn", "31/12/2026")), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"decidedOn\"");
        bad = page(HttpRequest.PATCH(path, "{\"status\": ").contentType("application/json"), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(page(HttpRequest.PATCH("/api/rollout/milestones/NO-SUCH", Map.of("status", "DONE")), AS_STEERING).code())
                .isEqualTo(404);

        HttpResponse<String> form = page(HttpRequest.POST("/rollout/milestones/Y1S1-STYRGRUPP", "status=NOPE&evidence=x")
                .contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(form.code()).isEqualTo(400);
        assertThat(form.body()).contains("Välj en status i listan.");
        HttpResponse<String> saved = page(HttpRequest.POST("/rollout/milestones/Y1S1-STYRGRUPP", "status=DONE&evidence=Protokoll+2026-02-03")
                .contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(saved.code()).as("redirected back to the milestone (303, followed)").isEqualTo(200);
        assertThat(saved.body()).contains("Ändringen är sparad.", "Protokoll 2026-02-03");
    }

    /** Years of training events: the API and the register page go a page at a time, newest first, totals of all. */
    @Test
    @SuppressWarnings("unchecked")
    void theTrainingRegisterIsPagedNewestFirstWithTheTotalsOfAll() {
        for (int n = 0; n < 14; n++) {
            assertThat(page(HttpRequest.POST("/api/rollout/trainings", Map.of("title", "Paging " + n,
                    "heldOn", java.time.LocalDate.of(2025, 1, 6).plusWeeks(n).toString(), "hours", 2,
                    "region", 1, "kommun", n % 2, "userOrg", 0)), AS_STEERING).code()).isEqualTo(201);
        }
        Map<String, Object> first = json("/api/rollout/trainings?limit=5", AS_STEERING);
        List<Map<String, Object>> events = (List<Map<String, Object>>) first.get("events");
        assertThat(events).hasSize(5);
        Map<String, Object> totals = (Map<String, Object>) first.get("totals");
        assertThat(((Number) totals.get("events")).intValue()).isGreaterThanOrEqualTo(14);
        java.util.List<String> dates = new java.util.ArrayList<>();
        Object next = first.get("next");
        events.forEach(e -> dates.add((String) e.get("heldOn")));
        while (next != null) {
            Map<String, Object> more = json("/api/rollout/trainings?limit=5&after=" + next, AS_STEERING);
            ((List<Map<String, Object>>) more.get("events")).forEach(e -> dates.add((String) e.get("heldOn")));
            next = more.get("next");
        }
        assertThat(dates).hasSize(((Number) totals.get("events")).intValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String register = page(HttpRequest.GET("/rollout/trainings?limit=5"), AS_STEERING).body();
        assertThat(register).contains("Gemensam utbildning", "rel=\"next\"");
        String dashboard = page(HttpRequest.GET("/rollout"), AS_STEERING).body();
        assertThat(dashboard).contains("href=\"/rollout/trainings\"");
        HttpResponse<String> bad = page(HttpRequest.GET("/api/rollout/trainings?after=nonsense"), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"after\"");
    }

    @Test
    void createsTakeAnIdempotencyKeyAndRefuseBadInput() {
        Map<String, Object> training = Map.of("title", "MI fördjupning", "heldOn", "2026-10-01", "hours", 8,
                "region", 6, "kommun", 7, "userOrg", 1);
        HttpResponse<String> first = page(HttpRequest.POST("/api/rollout/trainings", training)
                .header("Idempotency-Key", "t-1"), AS_STEERING);
        HttpResponse<String> again = page(HttpRequest.POST("/api/rollout/trainings", training)
                .header("Idempotency-Key", "t-1"), AS_STEERING);
        assertThat(first.code()).isEqualTo(201);
        assertThat(again.code()).isEqualTo(201);
        // trainings have no GET by id, so the replay names what the first created by its id
        assertThat(again.getHeaders().get("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo("{\"id\":\"" + first.body().replaceFirst(".*\"id\":\"([^\"]+)\".*", "$1") + "\"}");

        HttpResponse<String> bad = page(HttpRequest.POST("/api/rollout/trainings",
                Map.of("title", "x", "heldOn", "2026-10-01", "hours", 8, "region", -1, "kommun", 1, "userOrg", 0)), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("region");

        HttpResponse<String> cost = page(HttpRequest.POST("/api/rollout/costs",
                Map.of("year", 2026, "category", "PREMISES", "amountSek", "1000.01")), AS_STEERING);
        assertThat(cost.code()).isEqualTo(201);
        assertThat(cost.body()).contains("\"region\":500.01", "\"kommun\":500.00");
        bad = page(HttpRequest.POST("/api/rollout/costs", Map.of("year", 2026, "category", "COFFEE", "amountSek", 10)), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"category\"");

        HttpResponse<String> plan = page(HttpRequest.POST("/api/rollout/action-plans", Map.of("title", "Rutin",
                "responsible", "Chef", "activities", "Skriva rutin", "startsOn", "2026-03-01", "endsOn", "2026-02-01",
                "resources", "Tid", "followUp", "Månadsvis", "milestone", "Y1S1-RUTINER")), AS_STEERING);
        assertThat(plan.code()).isEqualTo(400);
        assertThat(plan.body()).contains("\"field\":\"endsOn\"");
        plan = page(HttpRequest.POST("/api/rollout/action-plans", Map.of("title", "Rutin",
                "responsible", "Chef", "activities", "Skriva rutin", "startsOn", "2026-03-01", "endsOn", "2026-04-01",
                "resources", "Tid", "followUp", "Månadsvis", "kpi", "share-consent-both-orgs")), AS_STEERING);
        assertThat(plan.code()).isEqualTo(201);
        assertThat(page(HttpRequest.POST("/api/rollout/action-plans", Map.of()), AS_THERAPIST).code()).isEqualTo(403);

        String id = plan.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> moved = page(HttpRequest.POST("/rollout/action-plans/" + id + "/status", "status=DONE")
                .contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(moved.code()).as("back on the dashboard").isEqualTo(200);
        assertThat(items(json("/api/rollout/action-plans?status=DONE&limit=200", AS_USER_ORG)))
                .filteredOn(p -> id.equals(p.get("id")))
                .extracting(p -> p.get("status")).containsExactly("DONE");
        assertThat(page(HttpRequest.PATCH("/api/rollout/action-plans/" + id, Map.of("status", "SOON")), AS_STEERING).code())
                .isEqualTo(400);
    }

    @Test
    void steeringRegistersThroughTheFormsOncePerRequestKey() {
        String page = page(HttpRequest.GET("/rollout/register"), AS_STEERING).body();
        assertThat(page).contains("Spara kostnad", "name=\"requestKey\"");
        assertThat(page(HttpRequest.GET("/rollout/register"), AS_USER_ORG).code()).isEqualTo(403);

        String cost = "requestKey=form-cost-1&year=2026&category=MANAGER&amountSek=1+150+000%2C50&note=Chef";
        HttpResponse<String> saved = page(HttpRequest.POST("/rollout/register/cost", cost)
                .contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(saved.body()).contains("Kostnaden är registrerad.");
        page(HttpRequest.POST("/rollout/register/cost", cost).contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(page(HttpRequest.GET("/api/rollout/costs"), AS_STEERING).body())
                .as("the double submit registered once").containsOnlyOnce("1150000.50");

        HttpResponse<String> bad = page(HttpRequest.POST("/rollout/register/training",
                "requestKey=form-tr-1&title=&heldOn=igår&hours=2&region=x&kommun=1&userOrg=0")
                .contentType("application/x-www-form-urlencoded"), AS_STEERING);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("Fyll i fältet.", "Ange ett datum (ÅÅÅÅ-MM-DD).", "Ange ett heltal.",
                "aria-invalid=\"true\"");
    }

    @Test
    void malformedInputIsNeverA500() {
        String[][] cases = {
            {"GET", "/api/rollout/kpis/contacts-per-week/series?weeks=0", null},
            {"GET", "/api/rollout/kpis/contacts-per-week/series?weeks=abc", null},
            {"POST", "/api/rollout/trainings", "{\"title\":\"x\",\"heldOn\":\"2026-13-45\",\"hours\":1,\"region\":1,\"kommun\":1,\"userOrg\":0}"},
            {"POST", "/api/rollout/trainings", "{\"title\":\"x\",\"heldOn\":\"2026-10-01\",\"hours\":\"many\",\"region\":1,\"kommun\":1,\"userOrg\":0}"},
            {"POST", "/api/rollout/costs", "[]"},
            {"POST", "/api/rollout/costs", "{\"year\":2026,\"category\":\"PREMISES\",\"amountSek\":1.234}"},
            {"PATCH", "/api/rollout/milestones/Y1S1-STYRGRUPP", "{\"status\":7}"},
            {"PATCH", "/api/rollout/action-plans/not-a-uuid", "{\"status\":\"DONE\"}"},
        };
        for (String[] c : cases) {
            MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.valueOf(c[0]), c[1]);
            if (c[2] != null) {
                request.body(c[2]).contentType("application/json");
            }
            HttpResponse<String> r = page(request, AS_STEERING);
            assertThat(r.code()).as(c[0] + " " + c[1] + " " + c[2]).isEqualTo(400);
            assertThat(r.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        }
    }
}
