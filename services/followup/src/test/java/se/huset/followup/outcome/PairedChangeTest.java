package se.huset.followup.outcome;

import org.junit.jupiter.api.Test;
import se.huset.contracts.stats.Figure;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PairedChangeTest {

    @Test
    void meansOfFewerThanFivePairsAreSuppressedAndChangeIsRoundedFromTheMeans() {
        Map<String, Map<String, Map<String, Figure>>> report = new PairedChange().report(List.of(
                new PairedChange.Cell("AP", "MONTHS_6", 5, 1, means(22.0, 2.0), means(12.04, 4.0)),
                new PairedChange.Cell("CRA", "MONTHS_6", 1, 0, means(20.0, 2.0), means(0.0, 5.0))));

        Figure alcohol = report.get("AP").get("MONTHS_6").get("alcoholDays");
        assertThat(alcohol.value()).isEqualTo(Map.of("baseline", 22.0, "followUp", 12.0, "change", -10.0));
        assertThat(alcohol.n()).isEqualTo(5L);
        assertThat(alcohol.missing()).isEqualTo("<5");
        assertThat(report.get("AP").get("MONTHS_6").get("health").value())
                .isEqualTo(Map.of("baseline", 2.0, "followUp", 4.0, "change", 2.0));
        assertThat(report.get("CRA").get("MONTHS_6").get("alcoholDays").value()).isEqualTo("<5");
    }

    private static Map<String, Double> means(double alcoholDays, double health) {
        return Map.of("alcoholDays", alcoholDays, "drugDays", 0.0, "health", health, "qualityOfLife", 3.0, "treatment", 4.0);
    }
}
