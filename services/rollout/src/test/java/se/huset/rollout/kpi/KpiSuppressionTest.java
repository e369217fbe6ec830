package se.huset.rollout.kpi;

import org.junit.jupiter.api.Test;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.Unit;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiSuppressionTest {

    @Test
    void aCountUnderFiveIsSuppressedEvenWhenTheSourceSentIt() {
        KpiReading r = KpiSuppression.read(new Figure(3, 3, 0), Unit.COUNT).orElseThrow();
        assertThat(r.suppressed()).isTrue();
        assertThat(r.value()).isNull();
        assertThat(KpiSuppression.read(new Figure(4, 40, 0), Unit.COUNT).orElseThrow().suppressed()).isTrue();
        assertThat(KpiSuppression.read(new Figure(5, 40, 0), Unit.COUNT).orElseThrow().value()).isEqualByComparingTo("5");
    }

    @Test
    void aShareRestingOnFewerThanFiveOrSuppressedAtTheSourceStaysSuppressed() {
        assertThat(KpiSuppression.read(new Figure(0.5, 4, 0), Unit.SHARE).orElseThrow().suppressed()).isTrue();
        assertThat(KpiSuppression.read(new Figure("<5", 40, 0), Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(null, 40L, true));
        assertThat(KpiSuppression.read(new Figure(0.8, "<5", 0), Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(null, null, true));
        assertThat(KpiSuppression.read(new Figure(0.8, 40, 0), Unit.SHARE).orElseThrow())
                .isEqualTo(new KpiReading(new BigDecimal("0.8"), 40L, false));
    }

    @Test
    void hoursAndMoneyCountNoPersonsSoFewRecordsHideNothing() {
        assertThat(KpiSuppression.read(new Figure(6.5, 2, 0), Unit.HOURS).orElseThrow())
                .isEqualTo(new KpiReading(new BigDecimal("6.5"), 2L, false));
        assertThat(KpiSuppression.read(new Figure(412000.0, "<5", 0), Unit.SEK).orElseThrow())
                .isEqualTo(new KpiReading(new BigDecimal("412000.0"), null, false));
        assertThat(KpiSuppression.read(new Figure("<5", 2, 0), Unit.SEK).orElseThrow().suppressed())
                .as("the source's own suppression still holds").isTrue();
    }

    @Test
    void aFigureWhoseValueIsNoNumberReadsAsNoData() {
        assertThat(KpiSuppression.read(new Figure(Map.of("REGION", 3), 3, 0), Unit.COUNT)).isEmpty();
        assertThat(KpiSuppression.read(new Figure("n/a", 3, 0), Unit.COUNT)).isEmpty();
    }
}
