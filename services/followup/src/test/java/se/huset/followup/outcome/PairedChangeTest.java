package se.huset.followup.outcome;

import org.junit.jupiter.api.Test;
import se.huset.kit.stats.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PairedChangeTest {

    @Test
    void meansArePairedAndSmallGroupsSuppressed() {
        List<PairedChange.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pairs.add(new PairedChange.Pair("AP", "MONTHS_6", answers(20 + i, 2), answers(10 + i, 4)));
        }
        pairs.add(new PairedChange.Pair("CRA", "MONTHS_6", answers(20, 2), answers(0, 5)));
        Map<String, Map<String, Map<String, Figure>>> report = new PairedChange().report(pairs,
                List.of(new PairedChange.Unpaired("AP", "MONTHS_6")));

        Figure alcohol = report.get("AP").get("MONTHS_6").get("alcoholDays");
        assertThat(alcohol.value()).isEqualTo(Map.of("baseline", 22.0, "followUp", 12.0, "change", -10.0));
        assertThat(alcohol.n()).isEqualTo(5L);
        assertThat(alcohol.missing()).isEqualTo("<5");
        assertThat(report.get("AP").get("MONTHS_6").get("health").value())
                .isEqualTo(Map.of("baseline", 2.0, "followUp", 4.0, "change", 2.0));
        assertThat(report.get("CRA").get("MONTHS_6").get("alcoholDays").value()).isEqualTo("<5");
    }

    private static Map<String, Integer> answers(int alcoholDays, int health) {
        return Map.of("alcoholDays", alcoholDays, "drugDays", 0, "health", health, "qualityOfLife", 3, "treatment", 4);
    }
}
