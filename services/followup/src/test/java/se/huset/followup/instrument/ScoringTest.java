package se.huset.followup.instrument;

import org.junit.jupiter.api.Test;
import se.huset.kit.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Known answer vectors against the published scoring of AUDIT (WHO 2001) and DUDIT (Berman et al. 2003). */
class ScoringTest {

    private final AuditScoring audit = new AuditScoring();
    private final DuditScoring dudit = new DuditScoring();

    @Test
    void auditSumsAndZones() {
        assertThat(audit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Sex.MALE)).isEqualTo(new Result(0, "ZONE_I", false, null));
        assertThat(audit.score(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), Sex.MALE).score()).isEqualTo(40);
        assertThat(audit.score(List.of(2, 2, 1, 1, 0, 0, 1, 0, 0, 0), Sex.MALE).riskLevel()).isEqualTo("ZONE_I");
        assertThat(audit.score(List.of(2, 2, 1, 1, 0, 0, 1, 1, 0, 0), Sex.MALE)).isEqualTo(new Result(8, "ZONE_II", true, null));
        assertThat(audit.score(List.of(3, 3, 2, 2, 1, 0, 2, 1, 0, 0), Sex.MALE).riskLevel()).isEqualTo("ZONE_II");
        assertThat(audit.score(List.of(3, 3, 2, 2, 1, 1, 2, 1, 1 * 2, 0), Sex.MALE).score()).isEqualTo(17);
        assertThat(audit.score(List.of(3, 3, 2, 2, 1, 1, 2, 1, 2, 0), Sex.MALE).riskLevel()).isEqualTo("ZONE_III");
        assertThat(audit.score(List.of(4, 3, 3, 2, 2, 1, 1, 0, 2, 2), Sex.MALE)).isEqualTo(new Result(20, "ZONE_IV", true, null));
        assertThat(AuditScoring.zone(15)).isEqualTo("ZONE_II");
        assertThat(AuditScoring.zone(16)).isEqualTo("ZONE_III");
        assertThat(AuditScoring.zone(19)).isEqualTo("ZONE_III");
    }

    @Test
    void auditSwedishCutoffDiffersForWomenAndMen() {
        List<Integer> six = List.of(2, 2, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThat(audit.score(six, Sex.FEMALE).aboveSexCutoff()).isTrue();
        assertThat(audit.score(six, Sex.MALE).aboveSexCutoff()).isFalse();
        Result unknown = audit.score(six, Sex.UNKNOWN);
        assertThat(unknown.aboveSexCutoff()).isNull();
        assertThat(unknown.note()).contains("sex unknown");
        assertThat(audit.score(List.of(1, 1, 1, 1, 1, 0, 0, 0, 0, 0), Sex.UNKNOWN).aboveSexCutoff()).isFalse();
        assertThat(audit.score(List.of(2, 2, 2, 2, 0, 0, 0, 0, 0, 0), Sex.UNKNOWN).aboveSexCutoff()).isTrue();
    }

    @Test
    void duditLevels() {
        assertThat(dudit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Sex.FEMALE).riskLevel()).isEqualTo("NO_DRUG_RELATED_PROBLEMS");
        List<Integer> two = List.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(dudit.score(two, Sex.FEMALE)).isEqualTo(new Result(2, "DRUG_RELATED_PROBLEMS", true, null));
        assertThat(dudit.score(two, Sex.MALE).riskLevel()).isEqualTo("NO_DRUG_RELATED_PROBLEMS");
        assertThat(dudit.score(two, Sex.UNKNOWN).riskLevel()).isEqualTo("SEX_UNKNOWN");
        assertThat(dudit.score(List.of(2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0), Sex.MALE).riskLevel()).isEqualTo("DRUG_RELATED_PROBLEMS");
        assertThat(dudit.score(List.of(3, 3, 3, 3, 3, 2, 2, 1, 1, 2, 2), Sex.MALE)).isEqualTo(new Result(25, "PROBABLE_DEPENDENCE", true, null));
        assertThat(dudit.score(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), Sex.UNKNOWN)).isEqualTo(new Result(44, "PROBABLE_DEPENDENCE", true, null));
    }

    @Test
    void valuesOutsideAnItemsScaleAreRefusedByIndex() {
        assertThatThrownBy(() -> audit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 0), Sex.MALE))
                .isInstanceOf(ProblemException.class).hasMessageContaining("answers[8]");
        assertThatThrownBy(() -> audit.score(List.of(0, 0, 5, 0, 0, 0, 0, 0, 0, 0), Sex.MALE))
                .hasMessageContaining("answers[2]");
        assertThatThrownBy(() -> dudit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0), Sex.MALE))
                .hasMessageContaining("answers[9]");
        assertThatThrownBy(() -> dudit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0), Sex.MALE))
                .hasMessageContaining("answers[8]");
        assertThatThrownBy(() -> audit.score(List.of(0, 0, 0), Sex.MALE)).hasMessageContaining("exactly 10");
        assertThatThrownBy(() -> dudit.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Sex.MALE)).hasMessageContaining("exactly 11");
    }
}
