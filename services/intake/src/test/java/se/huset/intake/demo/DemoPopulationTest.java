package se.huset.intake.demo;

import org.junit.jupiter.api.Test;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.contact.Contact;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history is anchored to the day it is loaded, whatever day that is: three years that end now, a triage
 * board of tens of waiting contacts with a few of today's acute ones on top, and the same persons and ids on any
 * date (only the dates move). The county scale keeps those rules at the volume of issue 14, and its audit history
 * keeps the consent rule; both are checked here without a database, since loading a county is for the benchmark.
 */
class DemoPopulationTest {

    private static final Set<ContactKind> CARE_EPISODES = EnumSet.of(ContactKind.ACUTE_VISIT,
            ContactKind.INPATIENT_EPISODE);

    @Test
    void theHistoryEndsOnTheDayItIsGeneratedAndTheBoardIsWorkable() {
        for (Instant now : List.of(Instant.parse("2031-06-16T07:30:00Z"), Instant.parse("2027-01-01T00:20:00Z"),
                Instant.parse("2026-12-04T21:00:00Z"))) {
            DemoPopulation.DemoSet set = DemoPopulation.generate(DemoScale.DEMO, now);
            LocalDate today = LocalDate.ofInstant(now, ClinicTime.ZONE);
            assertThat(set.contacts()).allMatch(c -> !c.registeredAt().isAfter(now))
                    .allMatch(c -> c.registeredAt().isAfter(now.minus(Duration.ofDays(3 * 365 + 1))));
            assertThat(set.contacts().get(set.contacts().size() - 1).registeredAt())
                    .as("the newest contact is from the last hours").isAfter(now.minus(Duration.ofHours(3)));
            List<Contact> waiting = set.contacts().stream().filter(c -> c.status() == Contact.Status.NEW).toList();
            assertThat(waiting).as("a board of tens at %s", now).hasSizeBetween(15, 60);
            assertThat(waiting.stream().filter(c -> c.urgency() == Urgency.ACUTE
                    && LocalDate.ofInstant(c.registeredAt(), ClinicTime.ZONE).equals(today)).count())
                    .as("today's acute contacts at %s", now).isBetween(3L, 10L);
            assertThat(waiting).filteredOn(c -> c.assignedTo() != null).isNotEmpty();
            assertThat(set.contacts()).filteredOn(c -> c.status() == Contact.Status.CLOSED)
                    .isNotEmpty().allMatch(c -> c.closedReason() != null && c.closedAt() != null);
        }
    }

    @Test
    void anyDayGivesTheSamePersonsAndIds() {
        DemoPopulation.DemoSet a = DemoPopulation.generate(DemoScale.DEMO, Instant.parse("2027-03-01T10:00:00Z"));
        DemoPopulation.DemoSet b = DemoPopulation.generate(DemoScale.DEMO, Instant.parse("2029-09-20T15:45:00Z"));
        assertThat(b.clients()).extracting(c -> c.identifier()).isEqualTo(a.clients().stream().map(c -> c.identifier()).toList());
        assertThat(b.contacts()).extracting(Contact::id).containsExactlyInAnyOrderElementsOf(
                a.contacts().stream().map(Contact::id).toList());
    }

    @Test
    void theCountyReachesItsVolumesByTheSameRules() {
        Instant now = Instant.parse("2026-12-04T21:00:00Z");
        DemoPopulation.DemoSet set = DemoPopulation.generate(DemoScale.COUNTY, now);

        assertThat(set.clients()).hasSizeGreaterThanOrEqualTo(15_000);
        assertThat(set.contacts()).hasSizeGreaterThanOrEqualTo(100_000);
        Instant fiveYearsAgo = now.minus(Duration.ofDays(5 * 365));
        assertThat(set.contacts().get(0).registeredAt()).isBetween(fiveYearsAgo, fiveYearsAgo.plus(Duration.ofDays(7)));
        assertThat(set.contacts().get(set.contacts().size() - 1).registeredAt())
                .isBetween(now.minus(Duration.ofHours(3)), now);

        List<Contact> waiting = set.contacts().stream().filter(c -> c.status() == Contact.Status.NEW).toList();
        assertThat(waiting).as("a county's board: tens, not thousands").hasSizeBetween(30, 99)
                .allMatch(c -> c.registeredAt().isAfter(now.minus(Duration.ofDays(5))));

        Map<UUID, List<Contact>> episodes = set.contacts().stream()
                .filter(c -> c.clientId() != null && CARE_EPISODES.contains(c.kind()))
                .collect(Collectors.groupingBy(Contact::clientId));
        Set<UUID> frequent = episodes.entrySet().stream().filter(e -> frequentAttender(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long allEpisodes = episodes.values().stream().mapToLong(List::size).sum();
        long theirEpisodes = frequent.stream().mapToLong(id -> episodes.get(id).size()).sum();
        assertThat((double) frequent.size() / set.clients().size()).as("frequent attenders").isBetween(0.05, 0.09);
        assertThat((double) theirEpisodes / allEpisodes).as("their share of care episodes").isBetween(0.30, 0.45);

        List<Contact> reports = set.contacts().stream().filter(c -> c.kind() == ContactKind.REPORT).toList();
        assertThat((double) reports.stream().filter(c -> c.referrer() == Referrer.POLICE).count() / reports.size())
                .as("police among reporters").isBetween(0.24, 0.34);
        assertThat(set.contacts().stream().filter(c -> c.clientId() == null).count())
                .as("anonymous calls").isGreaterThan(5 * 1_500L);
    }

    @Test
    void theCountysAuditHistoryReadsOnlyWhatTheConsentRuleAllowed() {
        Instant now = Instant.parse("2026-12-04T21:00:00Z");
        DemoPopulation.DemoSet set = DemoPopulation.generate(DemoScale.COUNTY, now);
        Map<String, Org> owners = new HashMap<>();
        set.clients().forEach(c -> owners.put("client/" + c.id(), c.ownerOrg()));
        set.contacts().forEach(c -> owners.put("contact/" + c.id(), c.ownerOrg()));
        Map<UUID, ConsentView> consents = set.consents().stream()
                .collect(Collectors.toMap(ConsentView::clientId, c -> c));
        long[] rows = {0};
        long[] byConsent = {0};
        Instant[] previous = {now.minus(Duration.ofDays(5 * 365 + 1))};
        DemoAccessHistory.generate(set, now, 20_000, chunk -> {
            assertThat(chunk).hasSizeLessThanOrEqualTo(20_000);
            for (AuditLog.PastAccess access : chunk) {
                assertThat(access.at()).isAfterOrEqualTo(previous[0]).isBeforeOrEqualTo(now);
                previous[0] = access.at();
                AuditEntry e = access.entry();
                Org owner = owners.get(e.resource());
                assertThat(owner).as(e.resource()).isNotNull();
                if (owner.name().equals(e.org())) {
                    assertThat(e.basis()).isEqualTo("OWNER");
                } else {
                    ConsentView consent = consents.get(e.clientId());
                    assertThat(consent).as("the other body reads %s only under consent", e.resource()).isNotNull();
                    assertThat(e.basis()).isEqualTo("CONSENT:" + consent.id());
                    assertThat(consent.recipientOrgs()).contains(Org.valueOf(e.org()));
                    assertThat(consent.grantedAt()).isBeforeOrEqualTo(access.at());
                    assertThat(consent.revokedAt() == null || consent.revokedAt().isAfter(access.at())).isTrue();
                    byConsent[0]++;
                }
            }
            rows[0] += chunk.size();
        });
        assertThat(rows[0]).as("intake's share of the county's million").isBetween(400_000L, 440_000L);
        assertThat(byConsent[0]).as("reads under consent").isPositive();
    }

    /** Seed 000's rule: 7 acute visits or 4 inpatient episodes within 12 months. */
    private static boolean frequentAttender(List<Contact> episodes) {
        for (ContactKind kind : CARE_EPISODES) {
            List<Instant> times = episodes.stream().filter(c -> c.kind() == kind).map(Contact::registeredAt)
                    .sorted().toList();
            int threshold = kind == ContactKind.ACUTE_VISIT ? 7 : 4;
            for (int i = threshold - 1; i < times.size(); i++) {
                if (times.get(i - threshold + 1).isAfter(times.get(i).minus(Duration.ofDays(365)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
