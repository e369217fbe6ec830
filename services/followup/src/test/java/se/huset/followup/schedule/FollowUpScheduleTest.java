package se.huset.followup.schedule;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.followup.FollowupTestSupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class FollowUpScheduleTest extends FollowupTestSupport {

    @Inject
    ProgramEvents events;

    @Test
    void theRuleAloneGivesBaselineEndAndSixAndTwelveMonths() {
        FollowUpSchedule schedule = new FollowUpSchedule(List.of(6, 12));
        assertThat(FollowUpSchedule.baseline(LocalDate.of(2026, 1, 10))).isEqualTo(new FollowUpSchedule.Planned("BASELINE", LocalDate.of(2026, 1, 10)));
        assertThat(schedule.afterEnd(LocalDate.of(2026, 3, 31))).containsExactly(
                new FollowUpSchedule.Planned("END", LocalDate.of(2026, 3, 31)),
                new FollowUpSchedule.Planned("MONTHS_6", LocalDate.of(2026, 9, 30)),
                new FollowUpSchedule.Planned("MONTHS_12", LocalDate.of(2027, 3, 31)));
    }

    @Test
    void anEndedEnrollmentYieldsFollowUpsDueAtSixAndTwelveMonths() {
        UUID enrollment = UUID.randomUUID();
        UUID client = client("MALE", 40);
        LocalDate started = LocalDate.of(2026, 2, 2);
        LocalDate completed = LocalDate.of(2026, 5, 4);
        events.handle(event(EventTypes.ENROLLMENT_STARTED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", "AP", "ownerOrg", "REGION", "startedOn", started.toString(),
                "returning", false)));
        Map<String, Object> completedEvent = Map.of("enrollmentId", enrollment.toString(), "clientId", client.toString(),
                "programCode", "AP", "ownerOrg", "REGION", "completedOn", completed.toString());
        events.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, completedEvent));
        // a replayed event adds nothing
        events.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, completedEvent));

        List<Map<String, Object>> items = items(body(call(HttpRequest.GET("/api/followup/enrollments/" + enrollment + "/follow-ups"),
                THERAPIST_REGION)));
        assertThat(items).extracting(i -> i.get("kind") + "@" + i.get("dueOn")).containsExactly(
                "BASELINE@2026-02-02", "END@2026-05-04", "MONTHS_6@2026-11-04", "MONTHS_12@2027-05-04");
        assertThat(items).allSatisfy(i -> assertThat(i.get("status")).isEqualTo("DUE"));
        // the other body sees none of it without consent
        assertThat(body(call(HttpRequest.GET("/api/followup/enrollments/" + enrollment + "/follow-ups"), THERAPIST_KOMMUN)))
                .containsEntry("withheld", 4);
    }

    @Test
    void aDropOutIsFollowedUpAsWellAndStaffCloseFollowUps() {
        UUID enrollment = UUID.randomUUID();
        UUID client = client("FEMALE", 30);
        events.handle(event(EventTypes.ENROLLMENT_DROPPED_OUT, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", "CRA", "ownerOrg", "REGION",
                "droppedOn", LocalDate.now().toString(), "atSession", 3)));
        List<Map<String, Object>> due = items(body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION)));
        Map<String, Object> end = due.stream().filter(i -> i.get("enrollmentId").equals(enrollment.toString())).findFirst().orElseThrow();
        assertThat(end).containsEntry("kind", "END");

        var claimed = call(HttpRequest.POST("/api/followup/follow-ups/" + end.get("id") + "/claim", Map.of()), THERAPIST_REGION);
        assertThat(body(claimed)).containsEntry("assignedTo", "therapist.region");
        var declined = call(HttpRequest.POST("/api/followup/follow-ups/" + end.get("id") + "/status", Map.of("status", "DECLINED")), THERAPIST_REGION);
        assertThat(body(declined)).containsEntry("status", "DECLINED");
        var bad = call(HttpRequest.POST("/api/followup/follow-ups/" + end.get("id") + "/status", Map.of("status", "LATER")), THERAPIST_REGION);
        assertThat(bad.code()).isEqualTo(400);
        assertThat((String) body(bad).get("detail")).startsWith("status:");
        var otherBody = call(HttpRequest.POST("/api/followup/follow-ups/" + end.get("id") + "/status", Map.of("status", "DONE")), THERAPIST_KOMMUN);
        assertThat(otherBody.code()).isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }
}
