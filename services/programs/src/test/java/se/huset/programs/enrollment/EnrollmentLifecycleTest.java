package se.huset.programs.enrollment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.huset.programs.enrollment.EnrollmentLifecycle.Step;
import static se.huset.programs.enrollment.EnrollmentStatus.*;

class EnrollmentLifecycleTest {

    private final EnrollmentLifecycle lifecycle = new EnrollmentLifecycle();

    @ParameterizedTest
    @CsvSource({
            "REFERRED, WAIT, WAITING", "REFERRED, START, ACTIVE", "WAITING, START, ACTIVE",
            "ACTIVE, COMPLETE, COMPLETED", "ACTIVE, DROP_OUT, DROPPED_OUT",
            "REFERRED, TRANSFER, TRANSFERRED", "WAITING, TRANSFER, TRANSFERRED", "ACTIVE, TRANSFER, TRANSFERRED",
            "REFERRED, CANCEL, CANCELLED", "WAITING, CANCEL, CANCELLED"})
    void allowedSteps(EnrollmentStatus from, Step step, EnrollmentStatus to) {
        assertThat(lifecycle.next(from, step)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "REFERRED, COMPLETE", "REFERRED, DROP_OUT", "WAITING, WAIT", "WAITING, COMPLETE", "ACTIVE, START",
            "ACTIVE, WAIT", "ACTIVE, CANCEL", "COMPLETED, START", "COMPLETED, DROP_OUT", "COMPLETED, TRANSFER",
            "DROPPED_OUT, COMPLETE", "TRANSFERRED, START", "CANCELLED, START", "CANCELLED, WAIT"})
    void illegalSteps(EnrollmentStatus from, Step step) {
        assertThatThrownBy(() -> lifecycle.next(from, step))
                .isInstanceOf(EnrollmentLifecycle.IllegalTransition.class)
                .hasMessageContaining(from.name());
    }

    @Test
    void endedEnrollmentsNeverChange() {
        for (EnrollmentStatus ended : new EnrollmentStatus[]{COMPLETED, DROPPED_OUT, TRANSFERRED, CANCELLED}) {
            for (Step step : Step.values()) {
                assertThatThrownBy(() -> lifecycle.next(ended, step)).isInstanceOf(EnrollmentLifecycle.IllegalTransition.class);
            }
        }
    }
}
