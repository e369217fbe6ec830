package se.huset.programs.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ConsentGranted;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestCareTeams;
import se.huset.programs.ProgramsTestSupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class EnrollmentApiTest extends ProgramsTestSupport {

    @Inject
    ConsentStore consents;

    @Test
    void catalogueListsTheNamedProgrammes() {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET("/api/programs/catalog").bearerAuth(THERAPIST_KOMMUN), String.class);
        assertThat(r.body()).contains("\"CRA\"", "\"AP\"", "\"TWELVE_STEP\"", "\"MI\"", "\"HAP\"", "\"minAge\":18");
    }

    @Test
    void enrollmentIsCreatedWithItsId() {
        HttpResponse<Map<String, Object>> r = enroll(THERAPIST_REGION, client(30), "CRA", null);
        assertThat(r.code()).isEqualTo(201);
        assertThat(body(r).get("id")).isNotNull();
        assertThat(body(r).get("status")).isEqualTo("REFERRED");
        assertThat(body(r).get("ownerOrg")).isEqualTo("REGION");
    }

    @Test
    void hapRefusesASeventeenYearOld() {
        HttpResponse<Map<String, Object>> r = enroll(THERAPIST_REGION, client(17), "HAP", null);
        assertThat(r.code()).isEqualTo(422);
        assertThat((String) body(r).get("detail")).contains("18").contains("17");
        assertThat(enroll(THERAPIST_REGION, client(18), "HAP", null).code()).isEqualTo(201);
    }

    @Test
    void anUnknownAgeIsNamedAsTheReason() {
        HttpResponse<Map<String, Object>> unregistered = enroll(THERAPIST_REGION, UUID.randomUUID(), "HAP", null);
        assertThat(unregistered.code()).isEqualTo(422);
        assertThat((String) body(unregistered).get("detail")).contains("age is not known yet");
        UUID noBirthDate = UUID.randomUUID();
        facts.apply(new ClientRegistered(noBirthDate, "KOMMUN", null, null));
        TestCareTeams.inBothBodies(careRelationships, noBirthDate);
        assertThat((String) body(enroll(THERAPIST_REGION, noBirthDate, "HAP", null)).get("detail"))
                .contains("age is not known yet");
        // programmes without an age limit do not need the age
        assertThat(enroll(THERAPIST_REGION, noBirthDate, "CRA", null).code()).isEqualTo(201);
    }

    @Test
    void formatAndBodyRulesAnswer422WithTheReason() {
        HttpResponse<Map<String, Object>> kbt = enroll(THERAPIST_KOMMUN, client(40), "KBT", null);
        assertThat(kbt.code()).isEqualTo(422);
        assertThat((String) body(kbt).get("detail")).contains("not delivered by KOMMUN");
    }

    @Test
    void regionEnrollmentIsWithheldFromKommunUntilConsentCoversCare() {
        UUID client = client(35);
        String id = (String) body(enroll(THERAPIST_REGION, client, "AP", null)).get("id");
        String list = "/api/programs/clients/" + client + "/enrollments";

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/programs/enrollments/" + id), THERAPIST_KOMMUN);
        assertThat(refused.code()).isEqualTo(403);
        assertThat((String) body(refused).get("type")).endsWith("consent-required");
        Map<String, Object> withheld = body(call(HttpRequest.GET(list), THERAPIST_KOMMUN));
        assertThat(withheld.get("items")).asList().isEmpty();
        assertThat(withheld.get("withheld")).isEqualTo(1);

        // a consent for other data does not open care documentation
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("KOMMUN"), List.of("APPOINTMENTS"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(body(call(HttpRequest.GET(list), THERAPIST_KOMMUN)).get("withheld")).isEqualTo(1);

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("KOMMUN"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(call(HttpRequest.GET("/api/programs/enrollments/" + id), THERAPIST_KOMMUN).code()).isEqualTo(200);
        Map<String, Object> shown = body(call(HttpRequest.GET(list), THERAPIST_KOMMUN));
        assertThat(shown.get("items")).asList().hasSize(1);
        assertThat(shown.get("withheld")).isEqualTo(0);
        // seeing is not owning: the Kommun cannot end the Region's enrollment
        assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + id + "/cancel", Map.of()), THERAPIST_KOMMUN).code())
                .isEqualTo(403);
    }

    @Test
    void parallelTrackIsFlaggedWhenActiveInApAtBothBodiesAndConsentCoversCare() {
        UUID client = client(44);
        active(THERAPIST_REGION, client, "AP", null);
        active(THERAPIST_KOMMUN, client, "AP", null);
        String list = "/api/programs/clients/" + client + "/enrollments";
        // without consent each body sees only its own enrollment: no flag, nothing disclosed
        Map<String, Object> regionView = body(call(HttpRequest.GET(list), THERAPIST_REGION));
        assertThat(regionView.get("withheld")).isEqualTo(1);
        assertThat(items(regionView)).allMatch(i -> Boolean.FALSE.equals(i.get("parallelTrack")));

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION", "KOMMUN"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        Map<String, Object> shared = body(call(HttpRequest.GET(list), THERAPIST_REGION));
        assertThat(items(shared)).hasSize(2).allMatch(i -> Boolean.TRUE.equals(i.get("parallelTrack")));
    }

    @Test
    void aGroupParticipantOnAParallelTrackIsFlaggedOnlyUnderConsent() {
        UUID client = client(39);
        UUID group = group(THERAPIST_REGION, "AP", "Parallellgruppen", List.of(facilitator("therapist.region",
                se.huset.contracts.security.Org.REGION)), 2);
        active(THERAPIST_REGION, client, "AP", group);
        active(THERAPIST_KOMMUN, client, "AP", null);
        String participants = "/api/programs/groups/" + group + "/participants";
        assertThat(items(body(call(HttpRequest.GET(participants), THERAPIST_REGION))))
                .singleElement().satisfies(i -> assertThat(i.get("parallelTrack")).isEqualTo(false));
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(items(body(call(HttpRequest.GET(participants), THERAPIST_REGION))))
                .singleElement().satisfies(i -> assertThat(i.get("parallelTrack")).isEqualTo(true));
        String page = http.toBlocking().retrieve(HttpRequest.GET("/programs/groups/" + group).bearerAuth(THERAPIST_REGION));
        assertThat(page).contains("Parallellt spår");
    }

    @Test
    void lifecycleCompletesAndDropsOutAndRefusesIllegalSteps() {
        String done = active(THERAPIST_REGION, client(30), "CRA", null);
        step(THERAPIST_REGION, done, "complete", 200);
        step(THERAPIST_REGION, done, "complete", 409);
        step(THERAPIST_REGION, done, "start", 409);
        step(THERAPIST_REGION, done, "cancel", 409);

        String referred = (String) body(enroll(THERAPIST_REGION, client(30), "CRA", null)).get("id");
        step(THERAPIST_REGION, referred, "complete", 409);
        HttpResponse<Map<String, Object>> earlyDrop = call(HttpRequest.POST("/api/programs/enrollments/" + referred
                + "/drop-out", Map.of("reason", "flyttade")), THERAPIST_REGION);
        assertThat(earlyDrop.code()).isEqualTo(409);
        assertThat((String) body(earlyDrop).get("detail")).contains("REFERRED");
        step(THERAPIST_REGION, referred, "wait", 200);
        step(THERAPIST_REGION, referred, "start", 200);
        HttpResponse<Map<String, Object>> dropped = call(HttpRequest.POST("/api/programs/enrollments/" + referred
                + "/drop-out", Map.of("reason", "Flyttade till annan ort", "atSession", 3)), THERAPIST_REGION);
        assertThat(dropped.code()).isEqualTo(200);
        assertThat(body(dropped)).containsEntry("status", "DROPPED_OUT").containsEntry("droppedAtSession", 3)
                .containsEntry("dropReason", "Flyttade till annan ort");
        step(THERAPIST_REGION, referred, "transfer", 409);
    }

    @Test
    void aNewEnrollmentWithinTwelveMonthsOfAnEndingIsAReturn() {
        UUID client = client(50);
        String first = active(THERAPIST_KOMMUN, client, "TWELVE_STEP", null);
        assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + first + "/drop-out", Map.of("reason", "återfall")),
                THERAPIST_KOMMUN).code()).isEqualTo(200);
        HttpResponse<Map<String, Object>> again = enroll(THERAPIST_KOMMUN, client, "TWELVE_STEP", null);
        assertThat(body(again).get("returning")).isEqualTo(true);
        assertThat(body(enroll(THERAPIST_KOMMUN, client(50), "TWELVE_STEP", null)).get("returning")).isEqualTo(false);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        UUID client = client(30);
        HttpRequest<?> first = HttpRequest.POST("/api/programs/enrollments", Map.of("clientId", client.toString(),
                "programCode", "MI")).header("Idempotency-Key", "mi-" + client);
        HttpRequest<?> retry = HttpRequest.POST("/api/programs/enrollments", Map.of("clientId", client.toString(),
                "programCode", "MI")).header("Idempotency-Key", "mi-" + client);
        String a = (String) body(call((io.micronaut.http.MutableHttpRequest<?>) first, THERAPIST_REGION)).get("id");
        HttpResponse<Map<String, Object>> b = call((io.micronaut.http.MutableHttpRequest<?>) retry, THERAPIST_REGION);
        assertThat(b.code()).isEqualTo(201);
        assertThat(body(b).get("id")).isEqualTo(a);
        assertThat(body(call(HttpRequest.GET("/api/programs/clients/" + client + "/enrollments"), THERAPIST_REGION))
                .get("items")).asList().hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("items");
    }
}
