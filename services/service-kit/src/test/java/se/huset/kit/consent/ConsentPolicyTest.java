package se.huset.kit.consent;

import org.junit.jupiter.api.Test;
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

class ConsentPolicyTest {

    private final ConsentPolicy policy = new ConsentPolicy();
    private final UUID client = UUID.randomUUID();
    private final LocalDate today = LocalDate.of(2026, 11, 22);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final OwnedRecord regionCare = new OwnedRecord(client, Org.REGION, DataCategory.CARE, "x/1");
    private final Staff kommunTherapist = new Staff("t.k", Set.of("THERAPIST"), Org.KOMMUN, "Nexus");
    private final Staff regionTherapist = new Staff("t.r", Set.of("THERAPIST"), Org.REGION, "BE");

    private ConsentGrant consent(Set<Org> to, Set<DataCategory> what, LocalDate until, Instant revoked) {
        return new ConsentGrant(UUID.randomUUID(), client, to, what, ConsentPurpose.CARE_COORDINATION, until, revoked);
    }

    private AccessDecision decide(Staff reader, List<ConsentGrant> consents, List<EmergencyOpening> openings) {
        return policy.decide(reader, regionCare, consents, openings, Set.of(client), now, today);
    }

    @Test
    void theOwnerSeesItsOwnData() {
        assertThat(decide(regionTherapist, List.of(), List.of()).reason()).isEqualTo(AccessDecision.Reason.OWNER);
    }

    @Test
    void insideTheOwningBodyCareRecordsNeedACareRelationship() {
        Staff colleague = new Staff("other.unit", Set.of("THERAPIST"), Org.REGION, "Psykiatrin");
        AccessDecision unrelated = policy.decide(colleague, regionCare, List.of(), List.of(), Set.of(), now, today);
        assertThat(unrelated.allowed()).isFalse();
        assertThat(unrelated.reason()).isEqualTo(AccessDecision.Reason.NEED_TO_KNOW);
        assertThat(policy.decide(colleague, regionCare, List.of(), List.of(), Set.of(client), now, today).reason())
                .isEqualTo(AccessDecision.Reason.OWNER);
        EmergencyOpening open = new EmergencyOpening(1, client, "other.unit", "Medvetslös i receptionen", now.plusSeconds(60));
        assertThat(policy.decide(colleague, regionCare, List.of(), List.of(open), Set.of(), now, today).reason())
                .isEqualTo(AccessDecision.Reason.EMERGENCY);
    }

    @Test
    void insideTheRecipientBodyAConsentOpensCareRecordsOnlyToStaffWithACareRelationship() {
        List<ConsentGrant> consented = List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.CARE,
                DataCategory.APPOINTMENTS), today.plusDays(30), null));
        AccessDecision unrelated = policy.decide(kommunTherapist, regionCare, consented, List.of(), Set.of(), now, today);
        assertThat(unrelated.allowed()).isFalse();
        assertThat(unrelated.reason()).isEqualTo(AccessDecision.Reason.NEED_TO_KNOW);
        assertThat(policy.decide(kommunTherapist, regionCare, consented, List.of(), Set.of(client), now, today).reason())
                .isEqualTo(AccessDecision.Reason.CONSENT);
        OwnedRecord booking = new OwnedRecord(client, Org.REGION, DataCategory.APPOINTMENTS, "appointment/1");
        assertThat(policy.decide(kommunTherapist, booking, consented, List.of(), Set.of(), now, today).reason())
                .as("bookings stay open to the recipient body's client-work staff").isEqualTo(AccessDecision.Reason.CONSENT);
        assertThat(policy.decide(kommunTherapist, regionCare, List.of(), List.of(), Set.of(client), now, today).reason())
                .as("a relationship without a consent opens nothing of the other body")
                .isEqualTo(AccessDecision.Reason.CONSENT_REQUIRED);
    }

    @Test
    void identityAndBookingsAreForTheWholeBodyAndReceptionWorksItsQueue() {
        Staff colleague = new Staff("other.unit", Set.of("THERAPIST"), Org.REGION, "Psykiatrin");
        Staff reception = new Staff("reception", Set.of("RECEPTION"), Org.REGION, "Beroendeenheten");
        OwnedRecord identity = new OwnedRecord(client, Org.REGION, DataCategory.IDENTITY, "client/" + client);
        OwnedRecord booking = new OwnedRecord(client, Org.REGION, DataCategory.APPOINTMENTS, "appointment/1");
        OwnedRecord contact = new OwnedRecord(client, Org.REGION, DataCategory.CARE, "contact/1");
        for (OwnedRecord bodyWide : List.of(identity, booking)) {
            assertThat(policy.decide(colleague, bodyWide, List.of(), List.of(), Set.of(), now, today).reason())
                    .isEqualTo(AccessDecision.Reason.FRONT_DESK);
        }
        assertThat(policy.decide(reception, contact, List.of(), List.of(), Set.of(), now, today).reason())
                .isEqualTo(AccessDecision.Reason.FRONT_DESK);
        assertThat(policy.decide(colleague, contact, List.of(), List.of(), Set.of(), now, today).allowed())
                .as("a contact is reception's, or the related clinicians'").isFalse();
        assertThat(policy.decide(reception, regionCare, List.of(), List.of(), Set.of(), now, today).allowed())
                .as("reception does not read care records").isFalse();
        Staff auditor = new Staff("auditor", Set.of("AUDITOR"), Org.REGION, "Loggkontroll");
        assertThat(policy.decide(auditor, identity, List.of(), List.of(), Set.of(), now, today).allowed())
                .as("the auditor reads the log, not the register").isFalse();
    }

    @Test
    void theKommunsSocialWorkersWorkSocialServicesQueueAndNoOneElse() {
        Staff socialWorker = new Staff("sw.k", Set.of("SOCIAL_WORKER"), Org.KOMMUN, "Team Vuxen");
        Staff regionSocialWorker = new Staff("sw.r", Set.of("SOCIAL_WORKER"), Org.REGION, "Kurator");
        Staff kommunReception = new Staff("rec.k", Set.of("RECEPTION"), Org.KOMMUN, "Mottagningen");
        OwnedRecord matter = new OwnedRecord(client, Org.KOMMUN, DataCategory.SOCIAL, "actualisation/1");
        OwnedRecord investigation = new OwnedRecord(client, Org.KOMMUN, DataCategory.SOCIAL, "investigation/1");
        assertThat(policy.decide(socialWorker, matter, List.of(), List.of(), Set.of(), now, today).reason())
                .isEqualTo(AccessDecision.Reason.FRONT_DESK);
        assertThat(policy.decide(socialWorker, investigation, List.of(), List.of(), Set.of(), now, today).reason())
                .as("an investigation is its handler's, not the queue's").isEqualTo(AccessDecision.Reason.NEED_TO_KNOW);
        for (Staff other : List.of(regionSocialWorker, kommunReception, kommunTherapist)) {
            assertThat(policy.decide(other, matter, List.of(), List.of(), Set.of(), now, today).allowed())
                    .as(other.username()).isFalse();
        }
    }

    @Test
    void aServiceTokenReadsNoClientRecordEvenWithAConsentOnlyTheServicesOwnJobsDo() {
        Staff serviceToken = new Staff("service:followup", Set.of("SERVICE"), null, null);
        Staff serviceWithOrg = new Staff("service:booking", Set.of("SERVICE", "THERAPIST"), Org.REGION, "BE");
        List<ConsentGrant> all = List.of(consent(Set.of(Org.REGION, Org.KOMMUN), Set.of(DataCategory.values()),
                today.plusDays(1), null));

        assertThat(decide(serviceToken, all, List.of()).reason()).isEqualTo(AccessDecision.Reason.SERVICE_TOKEN);
        assertThat(decide(serviceWithOrg, all, List.of()).allowed()).isFalse();
        assertThat(decide(Staff.inProcess("demo-data"), List.of(), List.of()).reason())
                .isEqualTo(AccessDecision.Reason.SERVICE);
    }

    @Test
    void theOtherBodyNeedsAnActiveConsentCoveringTheCategory() {
        assertThat(decide(kommunTherapist, List.of(), List.of()).allowed()).isFalse();
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.CARE),
                today.plusDays(1), null)), List.of()).reason()).isEqualTo(AccessDecision.Reason.CONSENT);
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.IDENTITY),
                today.plusDays(1), null)), List.of()).allowed()).as("wrong category").isFalse();
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.REGION), Set.of(DataCategory.CARE),
                today.plusDays(1), null)), List.of()).allowed()).as("names another recipient").isFalse();
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.CARE),
                today.minusDays(1), null)), List.of()).allowed()).as("expired").isFalse();
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.CARE),
                today, null)), List.of()).allowed()).as("valid through its last day").isTrue();
        assertThat(decide(kommunTherapist, List.of(consent(Set.of(Org.KOMMUN), Set.of(DataCategory.CARE),
                today.plusDays(1), now.minusSeconds(1))), List.of()).allowed()).as("revoked").isFalse();
    }

    @Test
    void aggregateOnlyRolesNeverSeeClientData() {
        Staff steering = new Staff("s", Set.of("STEERING"), Org.REGION, null);
        assertThat(decide(steering, List.of(), List.of()).reason()).isEqualTo(AccessDecision.Reason.AGGREGATE_ONLY);
        Staff userOrg = new Staff("u", Set.of("USER_ORG"), Org.USER_ORG, null);
        assertThat(decide(userOrg, List.of(consent(Set.of(Org.USER_ORG), Set.of(DataCategory.CARE), today.plusDays(9),
                null)), List.of()).allowed()).isFalse();
    }

    @Test
    void emergencyAccessOpensOneClientForOneUserUntilItExpires() {
        EmergencyOpening open = new EmergencyOpening(1, client, "t.k", "Medvetslös i receptionen", now.plusSeconds(60));
        assertThat(decide(kommunTherapist, List.of(), List.of(open)).reason()).isEqualTo(AccessDecision.Reason.EMERGENCY);
        EmergencyOpening expired = new EmergencyOpening(2, client, "t.k", "Medvetslös i receptionen", now.minusSeconds(1));
        assertThat(decide(kommunTherapist, List.of(), List.of(expired)).allowed()).isFalse();
        EmergencyOpening someoneElse = new EmergencyOpening(3, client, "other", "Medvetslös i receptionen", now.plusSeconds(60));
        assertThat(decide(kommunTherapist, List.of(), List.of(someoneElse)).allowed()).isFalse();
    }
}
