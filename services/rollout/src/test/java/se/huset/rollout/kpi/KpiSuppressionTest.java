package se.huset.rollout.kpi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiSuppressionTest {

    @Test
    void aCountUnderFiveIsSuppressedEvenWhenTheSourceSentIt() {
        KpiReading r = KpiSuppression.read(Map.of("value", 3, "n", 3, "missing", 0), KpiDefinition.Unit.COUNT).orElseThrow();
        assertThat(r.suppressed()).isTrue();
        assertThat(r.value()).isNull();
        assertThat(KpiSuppression.read(4, KpiDefinition.Unit.COUNT).orElseThrow().suppressed()).isTrue();
        assertThat(KpiSuppression.read(5, KpiDefinition.Unit.COUNT).orElseThrow().value()).isEqualByComparingTo("5");
    }

    @Test
    void aShareRestingOnFewerThanFiveOrSuppressedAtTheSourceStaysSuppressed() {
        assertThat(KpiSuppression.read(Map.of("value", 0.5, "n", 4), KpiDefinition.Unit.SHARE).orElseThrow().suppressed()).isTrue();
        assertThat(KpiSuppression.read(Map.of("value", "<5", "n", 40), KpiDefinition.Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(null, 40L, true));
        assertThat(KpiSuppression.read(Map.of("value", 0.8, "n", "<5"), KpiDefinition.Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(null, null, true));
        assertThat(KpiSuppression.read(Map.of("value", 0.8, "n", 40), KpiDefinition.Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(new BigDecimal("0.8"), 40L, false));
    }

    @Test
    void somethingThatIsNotAFigureReadsAsNoData() {
        assertThat(KpiSuppression.read(Map.of("REGION", 3), KpiDefinition.Unit.COUNT)).isEmpty();
        assertThat(KpiSuppression.read("n/a", KpiDefinition.Unit.COUNT)).isEmpty();
    }

    @Test
    void statsPathFindsNestedFiguresAndTheNewestListEntry() {
        Map<String, Object> stats = Map.of("contactsPerWeek", List.of(Map.of("contacts", 1), Map.of("contacts", 2)),
                "triage", Map.of("median", Map.of("value", 9)));
        assertThat(StatsPath.find(stats, "contactsPerWeek[last].contacts")).contains(2);
        assertThat(StatsPath.find(stats, "triage.median")).contains(Map.of("value", 9));
        assertThat(StatsPath.find(stats, "triage.missing")).isEmpty();
        assertThat(StatsPath.find(Map.of("contactsPerWeek", List.of()), "contactsPerWeek[last].contacts")).isEmpty();
    }
}
