package se.huset.kit.stats;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellsTest {

    @Test
    void countsBelowFiveAreSuppressed() {
        assertThat(SmallCells.count(0)).isEqualTo("<5");
        assertThat(SmallCells.count(4)).isEqualTo("<5");
        assertThat(SmallCells.count(5)).isEqualTo(5L);
    }

    @Test
    void aShareIsSuppressedWhenThePartTheWholeOrTheRestIsSmall() {
        assertThat(SmallCells.share(3, 100)).isEqualTo("<5");
        assertThat(SmallCells.share(97, 100)).as("the 3 others are revealed").isEqualTo("<5");
        assertThat(SmallCells.share(4, 4)).isEqualTo("<5");
        assertThat(SmallCells.share(50, 200)).isEqualTo(0.25);
    }

    @Test
    void aMedianNeedsFiveValues() {
        assertThat(SmallCells.median(List.of(1.0, 2.0, 3.0, 4.0))).isEqualTo("<5");
        assertThat(SmallCells.median(List.of(5.0, 1.0, 3.0, 2.0, 4.0))).isEqualTo(3.0);
        assertThat(SmallCells.median(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0))).isEqualTo(3.5);
    }

    @Test
    void aLoneSuppressedCellTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("PHONE", 40L);
        counts.put("WALK_IN", 6L);
        counts.put("DIGITAL", 2L);
        counts.put("REFERRAL", 9L);
        Map<String, Object> shown = SmallCells.breakdown(counts);
        assertThat(shown).containsEntry("PHONE", 40L).containsEntry("REFERRAL", 9L)
                .containsEntry("DIGITAL", "<5").containsEntry("WALK_IN", "<5");
        counts.put("OUTREACH", 1L);
        assertThat(SmallCells.breakdown(counts)).containsEntry("WALK_IN", 6L).containsEntry("OUTREACH", "<5");
    }
}
