package se.huset.programs.outcome;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fixture, by hand:
 * AP/REGION — 10 enrollments: 6 completed, 3 dropped out (at sessions 2, 2, 5), 1 active; 2 of the 10 are returns.
 *   finished = 6 + 3 = 9; completion 6/9 = 0.667; drop-out 3/9 = 0.333; returns 2/10 = 0.2.
 * AP/KOMMUN — 4 enrollments: 1 completed, 1 dropped out (session unknown), 1 transferred, 1 cancelled.
 *   finished = 2; completion 1/2 = 0.5; drop-out 1/2; the transfer and cancellation count neither way.
 * CRA/KOMMUN — 2 active: nothing finished, no rates.
 * Total: 16 enrollments, finished 11, completed 7 → 7/11 = 0.636; dropped 4 → 4/11 = 0.364; returns 2/16 = 0.125.
 */
class OutcomeCalculatorTest {

    private final OutcomeCalculator calculator = new OutcomeCalculator();

    static List<Enrollment> fixture() {
        List<Enrollment> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            list.add(e("AP", Org.REGION, EnrollmentStatus.COMPLETED, null, i < 2));
        }
        list.add(e("AP", Org.REGION, EnrollmentStatus.DROPPED_OUT, 2, false));
        list.add(e("AP", Org.REGION, EnrollmentStatus.DROPPED_OUT, 2, false));
        list.add(e("AP", Org.REGION, EnrollmentStatus.DROPPED_OUT, 5, false));
        list.add(e("AP", Org.REGION, EnrollmentStatus.ACTIVE, null, false));
        list.add(e("AP", Org.KOMMUN, EnrollmentStatus.COMPLETED, null, false));
        list.add(e("AP", Org.KOMMUN, EnrollmentStatus.DROPPED_OUT, null, false));
        list.add(e("AP", Org.KOMMUN, EnrollmentStatus.TRANSFERRED, null, false));
        list.add(e("AP", Org.KOMMUN, EnrollmentStatus.CANCELLED, null, false));
        list.add(e("CRA", Org.KOMMUN, EnrollmentStatus.ACTIVE, null, false));
        list.add(e("CRA", Org.KOMMUN, EnrollmentStatus.ACTIVE, null, false));
        return list;
    }

    @Test
    void ratesPerProgrammeAndBodyMatchTheHandComputedFigures() {
        Map<OutcomeCalculator.Key, OutcomeCalculator.Outcome> by = calculator.byProgramAndOrg(fixture());
        OutcomeCalculator.Outcome apRegion = by.get(new OutcomeCalculator.Key("AP", "REGION"));
        assertThat(apRegion.enrollments()).isEqualTo(10);
        assertThat(apRegion.finished()).isEqualTo(9);
        assertThat(apRegion.completionRate().getAsDouble()).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(apRegion.dropOutRate().getAsDouble()).isCloseTo(3.0 / 9, within(1e-9));
        assertThat(apRegion.dropOutSessions()).containsExactlyInAnyOrder(2, 2, 5);
        assertThat(apRegion.returns()).isEqualTo(2);
        assertThat(apRegion.returnRate().getAsDouble()).isCloseTo(0.2, within(1e-9));

        OutcomeCalculator.Outcome apKommun = by.get(new OutcomeCalculator.Key("AP", "KOMMUN"));
        assertThat(apKommun.finished()).isEqualTo(2);
        assertThat(apKommun.completionRate().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(apKommun.dropOutsWithoutSession()).isEqualTo(1);
        assertThat(apKommun.transferred()).isEqualTo(1);
        assertThat(apKommun.cancelled()).isEqualTo(1);

        OutcomeCalculator.Outcome craKommun = by.get(new OutcomeCalculator.Key("CRA", "KOMMUN"));
        assertThat(craKommun.active()).isEqualTo(2);
        assertThat(craKommun.completionRate()).isEmpty();
    }

    @Test
    void totals() {
        OutcomeCalculator.Outcome total = calculator.total(fixture());
        assertThat(total.enrollments()).isEqualTo(16);
        assertThat(total.completionRate().getAsDouble()).isCloseTo(7.0 / 11, within(1e-9));
        assertThat(total.dropOutRate().getAsDouble()).isCloseTo(4.0 / 11, within(1e-9));
        assertThat(total.returnRate().getAsDouble()).isCloseTo(0.125, within(1e-9));
    }

    private static Enrollment e(String program, Org org, EnrollmentStatus status, Integer atSession, boolean returning) {
        LocalDate day = LocalDate.of(2026, 3, 1);
        return new Enrollment(UUID.randomUUID(), UUID.randomUUID(), program, null, org, "t", status, null, returning,
                day, status == EnrollmentStatus.CANCELLED ? null : day, status.open() ? null : day.plusMonths(2),
                status == EnrollmentStatus.DROPPED_OUT ? "reason" : null, atSession, null);
    }
}
