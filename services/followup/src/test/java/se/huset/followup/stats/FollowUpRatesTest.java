package se.huset.followup.stats;

import org.junit.jupiter.api.Test;
import se.huset.followup.schedule.FollowUpStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRatesTest {

    private final FollowUpRates rates = new FollowUpRates();

    @Test
    void onlyFollowUpsWhoseDayHasComeCount() {
        // two enrollments, ended in Q1 and Q2: END, MONTHS_6 and MONTHS_12 each; the 12-month days lie ahead
        List<FollowUpRates.Tally> all = List.of(
                t("END", FollowUpStatus.DONE, true, "2026-Q1", 1),
                t("MONTHS_6", FollowUpStatus.DONE, true, "2026-Q1", 1),
                t("MONTHS_12", FollowUpStatus.DUE, false, "2026-Q1", 1),
                t("END", FollowUpStatus.DECLINED, true, "2026-Q2", 1),
                t("MONTHS_6", FollowUpStatus.DUE, true, "2026-Q2", 1),
                t("MONTHS_12", FollowUpStatus.DUE, false, "2026-Q2", 1));
        assertThat(rates.response(all)).isEqualTo(new FollowUpRates.Rate(2, 4));
        assertThat(rates.attrition(all)).isEqualTo(new FollowUpRates.Rate(1, 4));
        assertThat(rates.coverage(all)).isEqualTo(new FollowUpRates.Rate(1, 2));
        assertThat(rates.byCohort(all)).containsOnlyKeys("2026-Q1", "2026-Q2");
        assertThat(rates.byCohort(all).get("2026-Q2")).hasSize(3);
    }

    @Test
    void aTallyCountsAsManyAsItsFollowUpsAndAnAnswerBeforeItsDayCounts() {
        List<FollowUpRates.Tally> all = List.of(
                t("END", FollowUpStatus.DONE, true, null, 40),
                t("END", FollowUpStatus.MISSED, true, null, 10),
                t("MONTHS_6", FollowUpStatus.DONE, false, null, 5),
                t("MONTHS_6", FollowUpStatus.DUE, false, null, 100));
        assertThat(rates.response(all)).isEqualTo(new FollowUpRates.Rate(45, 55));
        assertThat(rates.attrition(all)).isEqualTo(new FollowUpRates.Rate(10, 55));
        assertThat(rates.coverage(all)).isEqualTo(new FollowUpRates.Rate(0, 0));
        assertThat(rates.byCohort(all)).isEmpty();
    }

    private static FollowUpRates.Tally t(String kind, FollowUpStatus status, boolean dayHasCome, String cohort, long n) {
        return new FollowUpRates.Tally("AP", kind, status, dayHasCome, cohort, n);
    }
}
