package se.huset.followup.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.EventTypes;
import se.huset.followup.FollowupTestSupport;
import se.huset.followup.frequent.IntakeContacts;
import se.huset.followup.schedule.ProgramEvents;
import se.huset.kit.consent.ConsentStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group reports on a hand-made fixture: every figure checked, every cell under five suppressed in the JSON,
 * the CSV and the chart data alike, and the complementary cell with it.
 */
@MicronautTest(transactional = false)
class GroupReportsTest extends FollowupTestSupport {

    @Inject
    IntakeContacts contacts;

    @Inject
    ProgramEvents programs;

    @Inject
    ConsentStore consents;

    /** Its own database, so the figures are exactly the fixture's. */
    @Override
    protected String databaseName() {
        return "followup_reports";
    }

    /**
     * Five frequent attenders with seven acute visits each (one body each, so a case manager is suggested); five
     * persons with one acute visit; five with one acute visit and one inpatient episode. 17 SIPs; AP with five
     * paired forms, CRA with two.
     */
    @BeforeAll
    void fixture() {
        for (int p = 0; p < 5; p++) {
            UUID client = client("MALE", 40);
            for (int k = 0; k < 7; k++) {
                contact(client, "ACUTE_VISIT", 10 + k);
            }
        }
        for (int p = 0; p < 10; p++) {
            UUID client = client("FEMALE", 30);
            contact(client, "ACUTE_VISIT", 20);
            if (p >= 5) {
                contact(client, "INPATIENT_EPISODE", 21);
            }
        }
        // statuses 6 CALLED (5 of them past review), 5 INVITED, 5 HELD (LARGELY), 1 FOLLOWED_UP (PARTLY)
        for (int i = 0; i < 17; i++) {
            UUID client = client("MALE", 50);
            consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("SOCIAL"),
                    "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
            LocalDate review = i < 5 ? LocalDate.now().minusDays(2) : LocalDate.now().plusDays(20);
            String id = (String) body(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString(),
                    "reviewOn", review.toString())), THERAPIST_REGION)).get("id");
            Map<String, String> update = i < 6 ? null : i < 11 ? Map.of("status", "INVITED")
                    : i < 16 ? Map.of("status", "HELD", "adherence", "LARGELY") : Map.of("status", "FOLLOWED_UP", "adherence", "PARTLY");
            if (update != null) {
                assertThat(call(HttpRequest.POST("/api/followup/sips/" + id, update), THERAPIST_REGION).code()).isEqualTo(200);
            }
        }
        for (int i = 0; i < 5; i++) {
            paired("AP", 10, 4);
        }
        for (int i = 0; i < 2; i++) {
            paired("CRA", 8, 8);
        }
    }

    @Test
    void frequentAttendersAndTheirShareOfEpisodes() {
        Map<String, Object> r = body(call(HttpRequest.GET("/api/followup/reports/frequent-attenders"), STEERING));
        assertThat(value(r, "frequentAttenders")).isEqualTo(5);
        assertThat(value(r, "persons")).isEqualTo(15);
        assertThat(value(r, "shareOfPersons")).isEqualTo(0.333);
        assertThat(value(r, "shareOfAcuteVisits")).isEqualTo(0.778);
        // none of the five inpatient episodes is a frequent attender's: a part under five is hidden
        assertThat(value(r, "shareOfInpatientEpisodes")).isEqualTo("<5");
        assertThat(value(r, "shareOfEpisodes")).isEqualTo(0.7);
        // no SIP suggestion (0) is hidden, and so is the case-manager cell that the total of five would reveal
        assertThat(value(r, "suggestedActions")).isEqualTo(Map.of("SIP", "<5", "CASE_MANAGER", "<5"));

        String csv = csv("/api/followup/reports/frequent-attenders/csv");
        assertThat(csv.lines()).contains("figure,value,n,missing", "frequentAttenders,5,15,0", "shareOfAcuteVisits,0.778,45,0",
                "shareOfInpatientEpisodes,<5,5,0", "suggestedActions,SIP=<5; CASE_MANAGER=<5,5,0");

        assertThat(chartValues(reportsPage(), "chart-frequent")).isEqualTo("[[33.3,77.8,null,70.0]]");
    }

    @Test
    void frequencyGroupsChartHidesWhatTheTableHides() {
        String page = reportsPage();
        // bands 3–6 and 12+ are empty (hidden); 1, 2 and 7–11 have five persons each
        assertThat(chartValues(page, "chart-frequency")).isEqualTo("[[5.0,5.0,null,5.0,null],[5.0,10.0,null,35.0,null]]");
        String csv = csv("/api/followup/reports/frequency-groups/csv");
        assertThat(csv.lines()).anySatisfy(l -> assertThat(l).startsWith("3-6,<5,<5,<5,<5,<5,<5,<5"));
    }

    @Test
    void sipsByStatusAndAdherenceWithTheComplementHidden() {
        Map<String, Object> r = body(call(HttpRequest.GET("/api/followup/reports/sips"), STEERING));
        assertThat(value(r, "plans")).isEqualTo(17);
        // FOLLOWED_UP (1) is hidden, and INVITED with it, or the total of 17 would give it away
        assertThat(value(r, "byStatus")).isEqualTo(Map.of("CALLED", 6, "INVITED", "<5", "HELD", 5, "FOLLOWED_UP", "<5"));
        assertThat(value(r, "byAdherence")).isEqualTo(Map.of("LARGELY", 5, "PARTLY", "<5", "NOT_AT_ALL", "<5"));
        assertThat(figure(r, "byAdherence")).containsEntry("n", 6).containsEntry("missing", 11);
        assertThat(value(r, "overdueReviews")).isEqualTo(5);

        String csv = csv("/api/followup/reports/sips/csv");
        assertThat(csv.lines()).contains("status,CALLED,6,17,0", "status,INVITED,<5,17,0", "status,FOLLOWED_UP,<5,17,0",
                "adherence,PARTLY,<5,6,11", "overdueReviews,,5,17,0");
        assertThat(csv).doesNotContain("FOLLOWED_UP,1,").doesNotContain("INVITED,5,");

        String page = reportsPage();
        assertThat(chartValues(page, "chart-sip-status")).isEqualTo("[[6.0,null,5.0,null]]");
        assertThat(chartValues(page, "chart-sip-adherence")).isEqualTo("[[5.0,null,null]]");
    }

    @Test
    void outcomeChangeIsPairedSuppressedUnderFiveAndDownloadable() {
        String csv = csv("/api/followup/reports/outcomes/csv");
        assertThat(csv.lines()).contains("program,followUp,variable,n,missing,baseline,followUpMean,change",
                "AP,END,alcoholDays,5,0,10.0,4.0,-6.0", "CRA,END,alcoholDays,<5,0,<5,<5,<5");
        String page = reportsPage();
        assertThat(page).contains("Förändring från baslinjen", "Medelvärden i AP, Vid avslut");
        assertThat(chartValues(page, "chart-outcome-0")).isEqualTo("[[10.0,0.0,3.0,3.0,4.0],[4.0,0.0,4.0,4.0,4.0]]");
        assertThat(chartValues(page, "chart-outcome-1")).isEqualTo(
                "[[null,null,null,null,null],[null,null,null,null,null]]");
        // a period before the forms were recorded has nothing to pair
        assertThat(body(call(HttpRequest.GET("/api/followup/reports/outcomes?from=2020-01-01&to=2020-12-31"), STEERING)))
                .isEmpty();
        assertThat(csv("/api/followup/reports/outcomes/csv?from=2020-01-01&to=2020-12-31").lines()).hasSize(1);
    }

    @Test
    void thePageLoadsChartJsAndItsScriptAsStaticFiles() {
        String page = reportsPage();
        assertThat(page).contains("<script src=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\" defer></script>",
                "<script src=\"/followup/assets/js/followup-charts.js\" defer></script>", "data-labels=\"1 kontakt|2 kontakter|");
        assertThat(page).doesNotContainPattern("<script>(?!</script>)");
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/followup/assets/js/followup-charts.js"), String.class).body())
                .contains("data-values");
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/webjars/chart.js/4.4.1/dist/chart.umd.js"), String.class).code())
                .isEqualTo(200);
    }

    private void contact(UUID client, String kind, int daysAgo) {
        UUID contact = UUID.randomUUID();
        contacts.handle(event(EventTypes.CONTACT_REGISTERED, contact, Map.of("contactId", contact.toString(),
                "clientId", client.toString(), "channel", "WALK_IN", "kind", kind, "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "ownerOrg", "REGION",
                "registeredAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString())));
    }

    /** An enrollment with a baseline and an end form: alcohol days as given, drug days 0, health 3→4, QoL 3→4, treatment 4. */
    @SuppressWarnings("unchecked")
    private void paired(String program, int alcoholBefore, int alcoholAfter) {
        UUID enrollment = UUID.randomUUID();
        UUID client = client("FEMALE", 35);
        programs.handle(event(EventTypes.ENROLLMENT_STARTED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", program, "ownerOrg", "REGION",
                "startedOn", LocalDate.now().minusMonths(3).toString(), "returning", false)));
        programs.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", program, "ownerOrg", "REGION",
                "completedOn", LocalDate.now().toString())));
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/enrollments/"
                + enrollment + "/follow-ups"), THERAPIST_REGION)).get("items");
        for (Map<String, Object> f : items) {
            boolean baseline = "BASELINE".equals(f.get("kind"));
            if (!baseline && !"END".equals(f.get("kind"))) {
                continue;
            }
            Map<String, Object> form = new HashMap<>(Map.of("clientId", client.toString(), "followUpId", f.get("id"),
                    "housing", "OWN", "occupation", "WORK", "incomeSource", "WAGES", "drugDays", 0, "crime", false,
                    "health", baseline ? 3 : 4, "qualityOfLife", baseline ? 3 : 4, "treatment", 4));
            form.put("alcoholDays", baseline ? alcoholBefore : alcoholAfter);
            form.put("ownGoal", "PARTLY");
            HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/followup/life-situations", form), THERAPIST_REGION);
            assertThat(r.code()).as("form recorded").isEqualTo(201);
        }
    }

    private String reportsPage() {
        return http.toBlocking().retrieve(HttpRequest.GET("/followup/reports").bearerAuth(STEERING));
    }

    private String csv(String path) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(STEERING), String.class);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("text/csv");
        return r.body();
    }

    private static String chartValues(String page, String id) {
        Matcher m = Pattern.compile("<canvas[^>]*id=\"" + id + "\"[^>]*data-values=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("chart " + id).isTrue();
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figure(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }

    private static Object value(Map<String, Object> report, String name) {
        return figure(report, name).get("value");
    }
}
