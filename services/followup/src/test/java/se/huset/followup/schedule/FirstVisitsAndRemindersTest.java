package se.huset.followup.schedule;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A first visit on booking's feed starts a baseline; the due list reminds each staff member; the job marks MISSED. */
@MicronautTest(transactional = false)
class FirstVisitsAndRemindersTest extends FollowupTestSupport {

    static final String SECOND_THERAPIST = TestTokens.token("therapist2.region", Org.REGION, "THERAPIST");

    @Inject
    BookingEvents booking;

    @Inject
    ProgramEvents programs;

    @Inject
    MissedFollowUps missed;

    @Inject
    FollowupSettings settings;

    /** Its own database: the MISSED job and the counts must see only this class's follow-ups. */
    @Override
    protected String databaseName() {
        return "followup_reminders";
    }

    @Test
    void aFirstVisitStartsABaselineThatMovesWithTheVisitAndGoesWhenItIsCancelled() {
        UUID client = client("FEMALE", 33);
        UUID visit = UUID.randomUUID();
        ZoneId zone = ClinicTime.ZONE;
        Instant start = LocalDate.of(2026, 12, 3).atTime(23, 30).atZone(zone).toInstant();
        booking.handle(appointmentBooked(visit, client, "FIRST_VISIT", "REGION", start, Instant.now()));
        booking.handle(appointmentBooked(visit, client, "FIRST_VISIT", "REGION", start, Instant.now()));
        List<Map<String, Object>> items = items(body(call(HttpRequest.GET("/api/followup/appointments/" + visit + "/follow-ups"),
                THERAPIST_REGION)));
        // the local day of the visit, not the UTC one, and once however often the event is replayed
        assertThat(items).extracting(i -> i.get("kind") + "@" + i.get("dueOn") + "/" + i.get("programCode") + "/" + i.get("status"))
                .containsExactly("BASELINE@2026-12-03/FIRST_VISIT/DUE");
        assertThat(items.get(0)).containsEntry("appointmentId", visit.toString());
        assertThat(items.get(0).get("enrollmentId")).isNull();

        Instant moved = LocalDate.of(2026, 12, 10).atTime(9, 0).atZone(zone).toInstant();
        booking.handle(appointmentBooked(visit, client, "FIRST_VISIT", "REGION", moved, Instant.now()));
        assertThat(items(body(call(HttpRequest.GET("/api/followup/appointments/" + visit + "/follow-ups"), THERAPIST_REGION))))
                .extracting(i -> i.get("dueOn")).containsExactly("2026-12-10");

        booking.handle(appointmentOutcome(EventTypes.APPOINTMENT_CANCELLED, visit, client, "FIRST_VISIT", "REGION", moved, Instant.now()));
        assertThat(items(body(call(HttpRequest.GET("/api/followup/appointments/" + visit + "/follow-ups"), THERAPIST_REGION))))
                .isEmpty();

        UUID individual = UUID.randomUUID();
        booking.handle(appointmentBooked(individual, client, "INDIVIDUAL", "REGION", moved, Instant.now()));
        assertThat(items(body(call(HttpRequest.GET("/api/followup/appointments/" + individual + "/follow-ups"), THERAPIST_REGION))))
                .as("only a first visit starts a follow-up").isEmpty();
    }

    /** Need-to-know: the staff booked on an appointment work with its client here until it is cancelled. */
    @Test
    void anAppointmentsParticipantsWorkWithTheClientUntilItIsCancelled() {
        UUID client = UUID.randomUUID();
        facts.apply(new ClientRegistered(client, "REGION", LocalDate.now().minusYears(50), "MALE"));
        String participant = TestTokens.ofUnit("therapist.region", Org.REGION, "Psykiatrin", "THERAPIST");
        String colleague = TestTokens.ofUnit("annan.terapeut", Org.REGION, "Psykiatrin", "THERAPIST");
        Map<String, Object> audit = Map.of("clientId", client.toString(), "instrument", "AUDIT",
                "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(call(HttpRequest.POST("/api/followup/assessments", audit), participant).code())
                .as("no relationship yet").isEqualTo(403);

        UUID visit = UUID.randomUUID();
        Instant start = Instant.now().plusSeconds(86_400);
        booking.handle(appointmentBooked(visit, client, "INDIVIDUAL", "REGION", start, Instant.now()));
        assertThat(call(HttpRequest.POST("/api/followup/assessments", audit), participant).code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/followup/assessments", audit), colleague).code())
                .as("not booked on it").isEqualTo(403);

        booking.handle(appointmentOutcome(EventTypes.APPOINTMENT_CANCELLED, visit, client, "INDIVIDUAL", "REGION", start,
                Instant.now()));
        assertThat(call(HttpRequest.POST("/api/followup/assessments", audit), participant).code()).isEqualTo(403);
    }

    @Test
    void theDueListFlagsOverdueAndSoonFollowUpsPerStaffMemberAndTheJobMarksOldOnesMissed() {
        LocalDate today = settings.today();
        UUID overdue = started(today.minusDays(3));
        UUID soon = started(today.plusDays(5));
        UUID later = started(today.plusDays(12));
        UUID old = started(today.minusDays(31));

        Map<String, Object> due = body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION));
        // 31 days late is past the 30-day grace: no longer work to do, even before the job marks it missed
        assertThat(items(due)).extracting(i -> i.get("enrollmentId"))
                .containsExactly(overdue.toString(), soon.toString(), later.toString());
        assertThat(due).containsEntry("overdue", 1).containsEntry("dueSoon", 1).containsEntry("soonDays", 7)
                .containsEntry("today", today.toString()).containsEntry("until", today.plusDays(14).toString());

        String page = http.toBlocking().retrieve(HttpRequest.GET("/followup/due").bearerAuth(THERAPIST_REGION));
        assertThat(page).contains("1 försenade", "1 infaller inom 7 dagar");
        String overdueId = id(items(due), overdue);
        String soonId = id(items(due), soon);
        String laterId = id(items(due), later);
        assertThat(reminderOf(page, overdueId)).isEqualTo("overdue");
        assertThat(reminderOf(page, soonId)).isEqualTo("soon");
        assertThat(reminderOf(page, laterId)).isEqualTo("later");

        // taken by one therapist, it leaves the other's list and stays on the taker's
        call(HttpRequest.POST("/api/followup/follow-ups/" + soonId + "/claim", Map.of()), SECOND_THERAPIST);
        assertThat(items(body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION))))
                .extracting(i -> i.get("id")).doesNotContain(soonId).contains(overdueId, laterId);
        Map<String, Object> second = body(call(HttpRequest.GET("/api/followup/follow-ups/due"), SECOND_THERAPIST));
        assertThat(items(second)).extracting(i -> i.get("id")).contains(soonId);
        assertThat(second).containsEntry("dueSoon", 1);
        assertThat(body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION))).containsEntry("dueSoon", 0);

        // 31 days late is past the 30-day grace; 3 days late is not
        assertThat(missed.markMissed()).isEqualTo(1);
        Map<String, Object> oldOne = items(body(call(HttpRequest.GET("/api/followup/enrollments/" + old + "/follow-ups"),
                THERAPIST_REGION))).get(0);
        assertThat(oldOne).containsEntry("status", "MISSED").containsKey("closedAt");
        assertThat(body(call(HttpRequest.GET("/api/followup/follow-ups/" + overdueId), THERAPIST_REGION)))
                .containsEntry("status", "DUE");
        assertThat(missed.markMissed()).isZero();
        assertThat(body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION))).containsEntry("overdue", 1);
    }

    private UUID started(LocalDate on) {
        UUID enrollment = UUID.randomUUID();
        programs.handle(event(EventTypes.ENROLLMENT_STARTED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client("MALE", 45).toString(), "programCode", "AP", "ownerOrg", "REGION",
                "startedOn", on.toString(), "returning", false)));
        return enrollment;
    }

    private static String id(List<Map<String, Object>> items, UUID enrollment) {
        return items.stream().filter(i -> enrollment.toString().equals(i.get("enrollmentId"))).findFirst().orElseThrow()
                .get("id").toString();
    }

    /** The data-reminder of the table row whose form link names the follow-up. */
    private static String reminderOf(String page, String followUpId) {
        var m = Pattern.compile("<tr[^>]*data-reminder=\"(\\w+)\"[^>]*>(?:(?!</tr>).)*?/followup/follow-ups/" + followUpId + "/form",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row of " + followUpId).isTrue();
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }
}
