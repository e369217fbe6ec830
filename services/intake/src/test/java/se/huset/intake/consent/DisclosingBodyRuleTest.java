package se.huset.intake.consent;

import org.junit.jupiter.api.Test;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.security.Staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosing body records a consent and its end; the recipient never does. No database needed. */
class DisclosingBodyRuleTest {

    private static Staff staff(Org org) {
        return new Staff("someone", Set.of("RECEPTION"), org, null);
    }

    private static ConsentView consent(Org recordedBy) {
        return new ConsentView(UUID.randomUUID(), UUID.randomUUID(), List.of(Org.KOMMUN), List.of(DataCategory.CARE),
                ConsentPurpose.CARE_COORDINATION, ConsentForm.VERBAL, LocalDate.now().plusMonths(6), "someone",
                recordedBy, Instant.now(), null, null, null, ConsentView.Status.ACTIVE, null, null);
    }

    @Test
    void aGrantNamingTheRecordersOwnBodyIsRefused() {
        assertThat(DisclosingBodyRule.refusesGrant(staff(Org.REGION), List.of(Org.KOMMUN))).isEmpty();
        assertThat(DisclosingBodyRule.refusesGrant(staff(Org.KOMMUN), List.of(Org.REGION))).isEmpty();
        assertThat(DisclosingBodyRule.refusesGrant(staff(Org.KOMMUN), List.of(Org.KOMMUN))).isPresent();
        assertThat(DisclosingBodyRule.refusesGrant(staff(Org.REGION), List.of(Org.KOMMUN, Org.REGION))).isPresent();
        assertThat(DisclosingBodyRule.refusesGrant(staff(null), List.of(Org.KOMMUN))).as("no body").isPresent();
        assertThat(DisclosingBodyRule.refusesGrant(staff(Org.USER_ORG), List.of(Org.KOMMUN))).isPresent();
    }

    @Test
    void onlyTheDisclosingBodyRevokesAndAnOldConsentWithoutItsBodyIsTheOwners() {
        assertThat(DisclosingBodyRule.refusesRevocation(staff(Org.REGION), consent(Org.REGION), Org.KOMMUN)).isEmpty();
        assertThat(DisclosingBodyRule.refusesRevocation(staff(Org.KOMMUN), consent(Org.REGION), Org.KOMMUN))
                .as("the recipient, even as the client's owner").isPresent();
        assertThat(DisclosingBodyRule.refusesRevocation(staff(Org.KOMMUN), consent(null), Org.KOMMUN)).isEmpty();
        assertThat(DisclosingBodyRule.refusesRevocation(staff(Org.REGION), consent(null), Org.KOMMUN)).isPresent();
        assertThat(DisclosingBodyRule.refusesRevocation(staff(null), consent(Org.REGION), Org.REGION)).isPresent();
    }
}
