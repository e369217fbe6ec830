package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.followup.schedule.ProgramEvents;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Swedish pages render in the kit layout, and the follow-up form closes its follow-up as done. */
@MicronautTest(transactional = false)
class PagesTest extends FollowupTestSupport {

    @Inject
    ProgramEvents events;

    @Test
    void theDueListLeadsToTheFormWhichRecordsTheLifeSituation() {
        UUID enrollment = UUID.randomUUID();
        UUID client = client("FEMALE", 35);
        events.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", "CRA", "ownerOrg", "KOMMUN",
                "completedOn", LocalDate.now().toString())));
        @SuppressWarnings("unchecked")
        String end = ((java.util.List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/enrollments/" + enrollment
                + "/follow-ups"), THERAPIST_KOMMUN)).get("items")).get(0).get("id").toString();

        assertThat(page("/followup/due", THERAPIST_KOMMUN)).contains("Mina uppföljningar", "Vid avslut", "CRA");
        assertThat(page("/followup/follow-ups/" + end + "/form", THERAPIST_KOMMUN)).contains("Uppföljning av livssituation", "Bemött".toLowerCase());

        String incomplete = post("/followup/follow-ups/" + end + "/form", "housing=OWN", THERAPIST_KOMMUN).body();
        assertThat(incomplete).contains("Formuläret sparades inte", "occupation");

        HttpResponse<String> saved = post("/followup/follow-ups/" + end + "/form",
                "housing=OWN&occupation=WORK&incomeSource=WAGES&alcoholDays=2&drugDays=0&crime=no&health=4"
                        + "&qualityOfLife=4&treatment=5&ownGoal=PARTLY&asiGrundOn=2026-01-15&asiFollowUpOn=", THERAPIST_KOMMUN);
        // the client follows the redirect back to the due list
        assertThat(saved.body()).doesNotContain("Formuläret sparades inte").contains("Uppföljningen är sparad.");
        assertThat(body(call(HttpRequest.GET("/api/followup/follow-ups/" + end), THERAPIST_KOMMUN))).containsEntry("status", "DONE");
        assertThat(body(call(HttpRequest.GET("/api/followup/clients/" + client + "/life-situations"), THERAPIST_KOMMUN)).get("items"))
                .asList().hasSize(1);
    }

    @Test
    void reportsAndFrequentAttendersRender() {
        assertThat(page("/followup/reports", STEERING)).contains("Frekvensgrupper", "12+", "Ladda ner som CSV");
        assertThat(page("/followup/frequent-attenders", THERAPIST_REGION)).contains("Mångbesökare");
    }

    @Test
    void auditInSwedishIsScoredOnThePage() {
        UUID client = client("FEMALE", 40);
        assertThat(page("/followup/assessments/new?clientId=" + client + "&instrument=AUDIT", THERAPIST_REGION))
                .contains("Hur ofta dricker du alkohol?", "Ja, under det senaste året");
        String answers = "clientId=" + client + "&instrument=AUDIT&q1=2&q2=2&q3=1&q4=1&q5=0&q6=0&q7=0&q8=0&q9=0";
        assertThat(post("/followup/assessments", answers, THERAPIST_REGION).body()).contains("Svaren sparades inte", "answers[9]");
        assertThat(post("/followup/assessments", answers + "&q10=0", THERAPIST_REGION).body())
                .contains("Poäng: 6", "Zon I", "Över det svenska gränsvärdet");
        assertThat(page("/followup/assessments/new?clientId=" + client + "&instrument=DUDIT", THERAPIST_REGION))
                .contains("Hur ofta använder du andra droger än alkohol?");
    }

    @Test
    void auditAndDuditReadInEnglishWhenEnglishIsChosen() {
        UUID client = client("MALE", 50);
        String audit = english("/followup/assessments/new?clientId=" + client + "&instrument=AUDIT", THERAPIST_REGION);
        assertThat(audit).contains("How often do you have a drink containing alcohol?", "Yes, during the last year",
                "2 to 4 times a month").doesNotContain("Hur ofta dricker du alkohol?");
        assertThat(english("/followup/assessments/new?clientId=" + client + "&instrument=DUDIT", THERAPIST_REGION))
                .contains("How often do you use drugs other than alcohol?", "7 or more");
    }

    @Test
    void everySwedishTextHasAnEnglishOne() throws java.io.IOException {
        java.util.Properties sv = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/i18n/followup.properties");
             var b = getClass().getResourceAsStream("/i18n/followup_en.properties")) {
            sv.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(sv.stringPropertyNames());
    }

    private String english(String path, String token) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token)
                .cookie(io.micronaut.http.cookie.Cookie.of("lang", "en")), String.class);
        assertThat(r.code()).isEqualTo(200);
        return r.body();
    }

    private String page(String path, String token) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), String.class);
        assertThat(r.code()).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> post(String path, String form, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
