package se.huset.booking.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.NoDoubleBooking;
import se.huset.booking.request.CareGuaranteeClock;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county plan without a database: intake's five county years as booking's feed reader makes them (70,000
 * triaged contacts of 15,000 clients, some anonymous) become at least 60,000 appointments with no staff member,
 * room or client booked twice at once, and today's waiting list stays one a team can work through.
 */
class CareHistoryPlannerTest {

    private static final Instant NOW = LocalDate.now(ClinicTime.ZONE).atTime(11, 0).atZone(ClinicTime.ZONE).toInstant();
    private static List<FirstVisitRequest> requests;
    private static CareHistory history;

    @BeforeAll
    static void planTheCounty() {
        requests = triaged(70_000, 15_000, DemoScale.COUNTY.years(), NOW);
        history = CareHistoryPlanner.of(DemoScale.COUNTY, ClinicTime.ZONE, "demo-data").plan(requests, NOW, new HashSet<>());
    }

    /** Intake's triaged contacts over {@code years} up to {@code now}, on working days, oldest first; three acute today. */
    static List<FirstVisitRequest> triaged(int count, int clients, int years, Instant now) {
        Random random = new Random(14);
        CareGuaranteeClock guarantee = new CareGuaranteeClock(ClinicTime.ZONE, 14);
        Pathway[] pathways = {Pathway.BEROENDEENHETEN_OUTPATIENT, Pathway.NEXUS_OUTPATIENT,
                Pathway.SOCIAL_SERVICES_INVESTIGATION, Pathway.PRIMARY_CARE};
        LocalDate first = now.atZone(ClinicTime.ZONE).toLocalDate().minusYears(years);
        long days = Duration.between(first.atStartOfDay(ClinicTime.ZONE).toInstant(), now).toDays();
        List<FirstVisitRequest> out = new ArrayList<>();
        for (int n = 0; n < count + 3; n++) {
            boolean today = n >= count;
            LocalDate day = today ? now.atZone(ClinicTime.ZONE).toLocalDate() : first.plusDays(random.nextLong(days));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(2);
            }
            Instant at = today ? now.minusSeconds(600 * (n - count + 1))
                    : day.atTime(8, 0).plusMinutes(random.nextInt(8 * 60)).atZone(ClinicTime.ZONE).toInstant();
            int u = random.nextInt(100);
            Urgency urgency = today ? Urgency.ACUTE : u < 10 ? Urgency.ACUTE : u < 40 ? Urgency.SOON : Urgency.PLANNED;
            Pathway pathway = pathways[random.nextInt(pathways.length)];
            UUID client = random.nextInt(100) < 5 ? null : UUID.nameUUIDFromBytes(("county-client-" + random.nextInt(clients)).getBytes());
            UUID contact = UUID.nameUUIDFromBytes(("county-contact-" + n).getBytes());
            out.add(FirstVisitRequest.triaged(UUID.nameUUIDFromBytes(("county-request-" + n).getBytes()), contact,
                    client, urgency.name(), pathway.name(), pathway.runBy(), at.minusSeconds(900), at,
                    guarantee.dueAt(urgency, at)));
        }
        out.sort(Comparator.comparing(FirstVisitRequest::triagedAt).thenComparing(FirstVisitRequest::id));
        return out;
    }

    @Test
    void aCountysFiveYearsAreAtLeastSixtyThousandAppointmentsWithCoursesAfterFirstVisits() {
        Map<AppointmentType, Long> byType = history.appointments().stream()
                .collect(Collectors.groupingBy(p -> p.appointment().type(), Collectors.counting()));
        assertThat(history.appointments()).hasSizeGreaterThanOrEqualTo(60_000);
        assertThat(byType.get(AppointmentType.FIRST_VISIT)).as("95 %% of the older requests got a first visit")
                .isGreaterThan((long) (requests.size() * 0.9));
        assertThat(byType.get(AppointmentType.INDIVIDUAL)).isGreaterThan(20_000);
        assertThat(byType.get(AppointmentType.FOLLOW_UP)).isGreaterThan(3_000);
        assertThat(byType.get(AppointmentType.SIP_MEETING)).isGreaterThan(1_000);
        assertThat(history.closings()).hasSizeBetween((int) (requests.size() * 0.03), (int) (requests.size() * 0.07));
    }

    @Test
    void noStaffMemberRoomOrClientIsEverInTwoPlacesAtOnce() {
        Map<NoDoubleBooking.Hold, List<Appointment>> byResource = new HashMap<>();
        for (CareHistory.Planned p : history.appointments()) {
            NoDoubleBooking.holdsOf(p.appointment()).forEach(h -> byResource.computeIfAbsent(h, k -> new ArrayList<>()).add(p.appointment()));
        }
        assertThat(byResource.keySet()).extracting(NoDoubleBooking.Hold::kind)
                .contains(NoDoubleBooking.Kind.STAFF, NoDoubleBooking.Kind.ROOM, NoDoubleBooking.Kind.CLIENT);
        byResource.forEach((hold, held) -> {
            held.sort(Comparator.comparing(Appointment::start));
            for (int i = 1; i < held.size(); i++) {
                assertThat(held.get(i).start()).as("%s held by %s and %s", hold, held.get(i - 1).id(), held.get(i).id())
                        .isAfterOrEqualTo(held.get(i - 1).end());
            }
        });
    }

    @Test
    void everyAppointmentIsOnAWorkingDayWithClinicianOfItsBodyAndSipMeetingsHaveBoth() {
        DemoRoster roster = DemoRoster.of(DemoScale.COUNTY);
        assertThat(roster.clinicians(Org.REGION)).hasSizeBetween(6, 10).contains("therapist.region");
        assertThat(roster.clinicians(Org.KOMMUN)).hasSizeBetween(6, 10).contains("therapist.kommun", "socialworker.kommun");
        for (CareHistory.Planned p : history.appointments()) {
            Appointment a = p.appointment();
            ZonedDateTime start = a.start().atZone(ClinicTime.ZONE);
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.getHour()).isBetween(8, 15);
            assertThat(roster.clinicians(a.ownerOrg())).contains(a.staff().get(0));
            if (a.type() == AppointmentType.SIP_MEETING) {
                assertThat(a.staff()).hasSize(2).anyMatch(roster.clinicians(Org.REGION)::contains)
                        .anyMatch(roster.clinicians(Org.KOMMUN)::contains);
            }
            assertThat(a.type() == AppointmentType.FIRST_VISIT).isEqualTo(a.requestId() != null);
            assertThat(a.type() == AppointmentType.FIRST_VISIT || a.roomId() != null).isTrue();
        }
    }

    @Test
    void whatHasEndedHasItsOutcomeInTheDemosProportionsAndWhatIsAheadIsBooked() {
        Map<AppointmentStatus, Long> past = history.appointments().stream()
                .filter(p -> p.appointment().end().isBefore(NOW))
                .collect(Collectors.groupingBy(p -> p.appointment().status(), Collectors.counting()));
        long ended = past.values().stream().mapToLong(Long::longValue).sum();
        assertThat(past.getOrDefault(AppointmentStatus.BOOKED, 0L)).isZero();
        assertThat(past.get(AppointmentStatus.ATTENDED) * 100 / ended).isBetween(80L, 90L);
        assertThat(past.get(AppointmentStatus.NO_SHOW) * 100 / ended).isBetween(8L, 12L);
        assertThat(past.get(AppointmentStatus.CANCELLED_BY_CLIENT) + past.get(AppointmentStatus.CANCELLED_BY_CLINIC))
                .isPositive();
        assertThat(history.appointments()).filteredOn(p -> !p.appointment().end().isBefore(NOW))
                .isNotEmpty().allMatch(p -> p.appointment().status() == AppointmentStatus.BOOKED && p.statusAt() == null)
                .allMatch(p -> p.appointment().start().isBefore(NOW.plus(Duration.ofDays(45))));
    }

    @Test
    void todaysWaitingListIsTensOpenAHandfulOverdueAndTodaysAcuteOnes() {
        Set<UUID> worked = new HashSet<>();
        history.appointments().forEach(p -> worked.add(p.appointment().requestId()));
        history.closings().forEach(c -> worked.add(c.requestId()));
        List<FirstVisitRequest> open = requests.stream().filter(r -> !worked.contains(r.id())).toList();
        assertThat(open).hasSizeBetween(10, 100);
        assertThat(open).filteredOn(r -> !r.dueAt().isAfter(NOW)).hasSizeBetween(1, 25);
        assertThat(open).filteredOn(r -> r.urgency().equals("ACUTE") && r.triagedAt().isAfter(NOW.minus(Duration.ofHours(1))))
                .hasSize(3);
    }

    @Test
    void theDemoAccountsReadsAreBookingsShareOfTheCountysAuditOnTheOwningBodysBasis() {
        List<AuditLog.PastAccess> reads = new AuditedReads(ClinicTime.ZONE).of(history, requests, Map.of());
        assertThat(reads).hasSizeBetween(180_000, 240_000);
        assertThat(reads).extracting(r -> r.entry().action()).containsOnly("LIST", "READ");
        assertThat(reads).allMatch(r -> r.entry().basis().equals("OWNER") && r.at().isBefore(NOW.plus(Duration.ofDays(45))));
        Map<String, Org> owners = new HashMap<>();
        history.appointments().forEach(p -> owners.put(p.appointment().owned().resource(), p.appointment().ownerOrg()));
        requests.forEach(r -> owners.put(r.owned().resource(), r.unitOrg()));
        assertThat(reads).allMatch(r -> owners.get(r.entry().resource()).name().equals(r.entry().org()));
        assertThat(reads).extracting(r -> r.entry().username()).containsOnly("therapist.region", "reception.region",
                "therapist.kommun", "socialworker.kommun", "reception.kommun", "housing.kommun");
    }

    @Test
    void aReaderOfTheOtherBodyReadsOnlyOnAConsentThatCoveredThatMoment() {
        // the client with the most appointments, so some of them are read by the other body
        Map<UUID, List<Appointment>> byClient = history.appointments().stream().map(CareHistory.Planned::appointment)
                .filter(a -> a.clientId() != null).collect(Collectors.groupingBy(Appointment::clientId));
        Appointment some = byClient.values().stream().max(Comparator.comparing(List::size)).orElseThrow().get(0);
        UUID client = some.clientId();
        Org other = some.ownerOrg() == Org.REGION ? Org.KOMMUN : Org.REGION;
        UUID consent = UUID.randomUUID();
        Instant granted = some.start().plus(Duration.ofDays(10));
        List<AuditLog.PastAccess> reads = new AuditedReads(ClinicTime.ZONE).of(history, requests, Map.of(client, List.of(
                new AuditedReads.Consent(consent, Set.of(other), Set.of(DataCategory.APPOINTMENTS),
                        ConsentPurpose.CARE_COORDINATION, LocalDate.now(ClinicTime.ZONE).plusYears(1), granted, null))));
        Map<String, Org> owners = new HashMap<>();
        history.appointments().forEach(p -> owners.put(p.appointment().owned().resource(), p.appointment().ownerOrg()));
        List<AuditLog.PastAccess> byOtherBody = reads.stream()
                .filter(r -> owners.containsKey(r.entry().resource())
                        && !owners.get(r.entry().resource()).name().equals(r.entry().org())).toList();
        assertThat(byOtherBody).isNotEmpty().allMatch(r -> r.entry().clientId().equals(client)
                && r.entry().basis().equals("CONSENT:" + consent) && r.at().isAfter(granted));
    }
}
