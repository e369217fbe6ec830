package se.huset.housing.aftercare;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.problem.Problem;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AftercareRequiredTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCompletePlanPasses() {
        AftercarePlan plan = new AftercarePlan("sara", Org.KOMMUN, "Egen lägenhet", "Praktik", "Bror", TODAY);
        assertThat(AftercareRequired.problems(true, plan, TODAY)).isEmpty();
    }

    @Test
    void blankFieldsAndAPastFollowUpAreNamed() {
        AftercarePlan plan = new AftercarePlan(" ", Org.KOMMUN, "Egen lägenhet", "", "Bror", TODAY.minusDays(1));
        assertThat(AftercareRequired.problems(true, plan, TODAY)).extracting(Problem.FieldError::field)
                .containsExactly("aftercare.ownerStaff", "aftercare.occupation", "aftercare.followUpDate");
    }

    @Test
    void noPlanIsNeededWhenNotRequired() {
        assertThat(AftercareRequired.problems(false, null, TODAY)).isEmpty();
    }
}
