package se.huset.programs.enrollment;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.programs.catalog.Program;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramEligibilityTest {

    private static final Program HAP = new Program("HAP", "HAP", Program.Format.BOTH, Program.GoalType.ABSTINENCE, 12, 18,
            List.of("REGION", "KOMMUN"), "x");
    private static final Program MI = new Program("MI", "MI/MET", Program.Format.INDIVIDUAL, Program.GoalType.NOT_APPLICABLE,
            4, null, List.of("REGION", "KOMMUN"), "x");
    private static final Program KBT = new Program("KBT", "KBT", Program.Format.INDIVIDUAL, Program.GoalType.REDUCED_USE,
            12, null, List.of("REGION"), "x");

    private final ProgramEligibility rule = new ProgramEligibility();

    @Test
    void ageLimit() {
        assertThat(rule.refusal(HAP, OptionalInt.of(17), false, Org.REGION)).get().asString().contains("18").contains("17");
        assertThat(rule.refusal(HAP, OptionalInt.of(18), false, Org.REGION)).isEmpty();
        assertThat(rule.refusal(HAP, OptionalInt.empty(), false, Org.REGION)).get().asString().contains("not known yet");
        assertThat(rule.refusal(MI, OptionalInt.empty(), false, Org.REGION)).isEmpty();
    }

    @Test
    void formatAndBody() {
        assertThat(rule.refusal(MI, OptionalInt.of(30), true, Org.KOMMUN)).get().asString().contains("individually");
        assertThat(rule.refusal(KBT, OptionalInt.of(30), false, Org.KOMMUN)).get().asString().contains("not delivered by KOMMUN");
    }

    @Test
    void returnsWithinTwelveMonths() {
        ReturnRule returns = new ReturnRule();
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(returns.isReturn(List.of(LocalDate.of(2025, 11, 22)), today)).isTrue();
        assertThat(returns.isReturn(List.of(LocalDate.of(2025, 11, 21)), today)).isFalse();
        assertThat(returns.isReturn(List.of(), today)).isFalse();
    }
}
