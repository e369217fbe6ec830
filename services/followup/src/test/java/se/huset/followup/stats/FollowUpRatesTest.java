package se.huset.followup.stats;

import org.junit.jupiter.api.Test;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRatesTest {

    private final FollowUpRates rates = new FollowUpRates();
    private final LocalDate today = LocalDate.of(2026, 11, 22);

    @Test
    void onlyFollowUpsWhoseDayHasComeCount() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<FollowUp> all = List.of(
                f(a, "END", LocalDate.of(2026, 2, 10), FollowUpStatus.DONE),
                f(a, "MONTHS_6", LocalDate.of(2026, 8, 10), FollowUpStatus.DONE),
                f(a, "MONTHS_12", LocalDate.of(2027, 2, 10), FollowUpStatus.DUE),
                f(b, "END", LocalDate.of(2026, 4, 1), FollowUpStatus.DECLINED),
                f(b, "MONTHS_6", LocalDate.of(2026, 10, 1), FollowUpStatus.DUE),
                f(b, "MONTHS_12", LocalDate.of(2027, 4, 1), FollowUpStatus.DUE));
        assertThat(rates.response(all, today)).isEqualTo(new FollowUpRates.Rate(2, 4));
        assertThat(rates.attrition(all, today)).isEqualTo(new FollowUpRates.Rate(1, 4));
        assertThat(rates.coverage(all, today)).isEqualTo(new FollowUpRates.Rate(1, 2));
        assertThat(rates.byCohort(all)).containsOnlyKeys("2026-Q1", "2026-Q2");
        assertThat(rates.byCohort(all).get("2026-Q2")).hasSize(3);
    }

    private static FollowUp f(UUID enrollment, String kind, LocalDate due, FollowUpStatus status) {
        return new FollowUp(UUID.randomUUID(), enrollment, null, UUID.randomUUID(), "AP", "REGION", kind, due, status, null, null);
    }
}
