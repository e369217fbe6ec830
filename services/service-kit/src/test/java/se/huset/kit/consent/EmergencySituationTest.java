package se.huset.kit.consent;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may break the glass, and in which situation: the law's list, not every client-work role. */
class EmergencySituationTest {

    private static Staff staff(Org org, String... roles) {
        return new Staff("someone", Set.of(roles), org, "unit");
    }

    @Test
    void regionCareStaffOpenForUrgentCareOnly() {
        assertThat(EmergencySituation.allowedTo(staff(Org.REGION, Roles.THERAPIST)))
                .containsExactly(EmergencySituation.URGENT_CARE_WITHOUT_CONSENT);
    }

    @Test
    void kommunSocialWorkersOpenForDangerOrUrgentLvm() {
        assertThat(EmergencySituation.allowedTo(staff(Org.KOMMUN, Roles.SOCIAL_WORKER)))
                .containsExactly(EmergencySituation.DANGER_TO_LIFE_OR_HEALTH, EmergencySituation.URGENT_LVM);
        assertThat(EmergencySituation.URGENT_CARE_WITHOUT_CONSENT.allows(staff(Org.KOMMUN, Roles.SOCIAL_WORKER))).isFalse();
    }

    @Test
    void noOtherRoleOrBodyBreaksTheGlass() {
        for (String role : Set.of(Roles.RECEPTION, Roles.HOUSING_STAFF, Roles.STEERING, Roles.RESEARCHER,
                Roles.USER_ORG, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE)) {
            assertThat(EmergencySituation.allowedTo(staff(Org.REGION, role))).as(role).isEmpty();
            assertThat(EmergencySituation.allowedTo(staff(Org.KOMMUN, role))).as(role).isEmpty();
        }
        assertThat(EmergencySituation.allowedTo(staff(Org.KOMMUN, Roles.THERAPIST))).isEmpty();
        assertThat(EmergencySituation.allowedTo(staff(Org.USER_ORG, Roles.THERAPIST, Roles.SOCIAL_WORKER))).isEmpty();
        assertThat(EmergencySituation.allowedTo(staff(null, Roles.THERAPIST))).isEmpty();
        assertThat(EmergencySituation.allowedTo(Staff.inProcess("job"))).isEmpty();
    }

    @Test
    void everySituationNamesItsLegalSource() {
        for (EmergencySituation s : EmergencySituation.values()) {
            assertThat(s.law()).as(s.name()).containsPattern("\\d+ §");
        }
    }
}
