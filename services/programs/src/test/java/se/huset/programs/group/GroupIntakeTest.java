package se.huset.programs.group;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GroupIntakeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final GroupIntake rule = new GroupIntake();

    @Test
    void fullGroupsTakeNobody() {
        assertThat(rule.refusal(ProgramGroup.Intake.ROLLING, 8, 8, Optional.empty(), NOW)).get().asString().contains("full");
        assertThat(rule.refusal(ProgramGroup.Intake.ROLLING, 8, 7, Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void closedGroupsTakeNobodyOnceBegun() {
        Instant begun = NOW.minusSeconds(3600);
        assertThat(rule.refusal(ProgramGroup.Intake.CLOSED, 8, 3, Optional.of(begun), NOW)).get().asString().contains("closed");
        assertThat(rule.refusal(ProgramGroup.Intake.CLOSED, 8, 3, Optional.of(NOW.plusSeconds(60)), NOW)).isEmpty();
        assertThat(rule.refusal(ProgramGroup.Intake.ROLLING, 8, 3, Optional.of(begun), NOW)).isEmpty();
    }
}
