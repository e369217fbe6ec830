package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import se.huset.contracts.stats.StatsField;
import se.huset.contracts.stats.StatsFields;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the rollout plan against the stats contract in a running suite with every service's demo data, as
 * {@code ./huset up} shows it. Every KPI names a figure of the contract ({@link StatsFields}) with the same unit and
 * the same direction (higher or lower is better) as the figure's rule, and every KPI on the dashboard has a value.
 */
class KpiContractSuiteTest {

    private static final Json JSON = new Json();
    private static final long COLLECTION_WAIT_MS = 90_000;

    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        // collect soon after the demo data is in, not after the production five minutes
        suite = Suite.startWithDemoData(Map.of("HUSET_ROLLOUT_COLLECT_INTERVAL", "3s"),
                "intake", "booking", "programs", "housing", "followup", "casework", "rollout");
    }

    @Test
    void everyKpiFindsItsFigureWithItsUnitAndDirectionAndShowsAValue() throws InterruptedException {
        String steering = suite.login("steering", ClinicFixture.PASSWORD);
        List<Map<String, Object>> kpis = kpis(steering);
        assertThat(kpis).as("the plan's KPIs").hasSize(26);

        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> kpi : kpis) {
            Optional<StatsField<?>> field = StatsFields.find((String) kpi.get("source"), (String) kpi.get("field"));
            if (field.isEmpty()) {
                wrong.add(kpi.get("code") + ": " + kpi.get("source") + "." + kpi.get("field") + " is no figure of the contract");
                continue;
            }
            if (!field.get().better().name().equals(kpi.get("better"))) {
                wrong.add(kpi.get("code") + ": the plan says " + kpi.get("better") + " is better, the figure's rule "
                        + field.get().better());
            }
            if (!field.get().unit().name().equals(kpi.get("unit"))) {
                wrong.add(kpi.get("code") + ": the plan measures " + kpi.get("unit") + ", the figure " + field.get().unit());
            }
        }
        assertThat(wrong).as("KPIs that do not match the stats contract").isEmpty();

        long deadline = System.currentTimeMillis() + COLLECTION_WAIT_MS;
        List<String> withoutValue;
        do {
            Thread.sleep(2000);
            withoutValue = kpis(steering).stream()
                    .filter(k -> !"CURRENT".equals(k.get("state")) || k.get("value") == null)
                    .map(k -> k.get("code") + " (" + k.get("source") + "." + k.get("field") + "): state " + k.get("state")
                            + ", suppressed " + k.get("suppressed") + ", n " + k.get("n"))
                    .toList();
        } while (!withoutValue.isEmpty() && System.currentTimeMillis() < deadline);
        assertThat(withoutValue).as("KPIs without a value after the demo data").isEmpty();
    }

    private static List<Map<String, Object>> kpis(String token) {
        HttpResponse<String> r = suite.get("gateway", "/api/rollout/kpis", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.toType(r.body(), Json.LIST_OF_MAPS_TYPE);
    }
}
