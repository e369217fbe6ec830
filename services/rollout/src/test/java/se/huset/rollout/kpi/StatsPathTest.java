package se.huset.rollout.kpi;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatsPathTest {

    @Test
    void findsNestedFiguresTheNewestEntryOfAListOrOfAMapByPeriodAndNothingElse() {
        Map<String, Object> months = new LinkedHashMap<>();
        months.put("2026-10", Map.of("value", 310_000, "n", 9, "missing", 0));
        months.put("2026-11", Map.of("value", 295_000, "n", 8, "missing", 0));
        Map<String, Object> stats = Map.of(
                "contactsPerWeek", List.of(Map.of("contacts", 12), Map.of("contacts", 17)),
                "staffedReceptionHoursPerWeekByOrg", Map.of("value", Map.of("REGION", 40.0, "KOMMUN", 32.5), "n", 6),
                "externalCostPerMonth", months);

        assertThat(StatsPath.find(stats, "contactsPerWeek[last].contacts")).hasValue(17);
        assertThat(StatsPath.find(stats, "staffedReceptionHoursPerWeekByOrg.value.KOMMUN")).hasValue(32.5);
        assertThat(StatsPath.find(stats, "externalCostPerMonth[last]")).hasValue(months.get("2026-11"));
        assertThat(StatsPath.find(stats, "nothing.here")).isEmpty();
        assertThat(StatsPath.find(Map.of("empty", List.of()), "empty[last]")).isEmpty();
    }
}
