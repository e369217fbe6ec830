package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.followup.demo.FollowupDemoData;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataTest extends FollowupTestSupport {

    @Inject
    FollowupDemoData demo;

    @Inject
    se.huset.followup.alert.BetweenChairs alerts;

    @Override
    protected String databaseName() {
        return "followup_demo";
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsOnceAndASecondRunChangesNothing() throws Exception {
        demo.loadOnce();
        String first = counts();
        demo.loadOnce();
        assertThat(counts()).isEqualTo(first);
        assertThat(first).startsWith("208/30/6/");

        // anchored to today: a workable few overdue, some due this week; tens of alerts at most, not thousands
        Map<String, Object> due = body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION));
        assertThat(((Number) due.get("overdue")).intValue()).isBetween(1, 10);
        assertThat(((Number) due.get("dueSoon")).intValue()).isBetween(1, 20);
        alerts.sweep();
        assertThat(alerts.unclosed()).isLessThan(100);

        Map<String, Object> stats = body(call(HttpRequest.GET("/api/followup/stats"), STEERING));
        Map<String, Object> attenders = (Map<String, Object>) stats.get("frequentAttenders");
        assertThat(((Map<String, Object>) attenders.get("count")).get("value")).isEqualTo(8);
        assertThat(((Map<String, Object>) stats.get("responseRate")).get("value")).isNotEqualTo("<5");
        Map<String, Object> groups = body(call(HttpRequest.GET("/api/followup/reports/frequency-groups"), STEERING));
        assertThat(groups.get("groups").toString()).contains("12+");
        Map<String, Object> outcomes = body(call(HttpRequest.GET("/api/followup/reports/outcomes"), STEERING));
        assertThat(outcomes).containsKeys("AP", "CRA", "MI", "TWELVE_STEP");
        String page = http.toBlocking().retrieve(HttpRequest.GET("/followup/reports").bearerAuth(STEERING));
        assertThat(page).contains("Polisen");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/followup/reports/frequency-groups/csv").bearerAuth(STEERING));
        assertThat(csv.lines().toList()).hasSize(6).first().asString().startsWith("contacts,persons,shareOfPersons");
        // each demo SIP has its keeper and the client as participants, a goal and two tasks
        List<Map<String, Object>> plans = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips"),
                THERAPIST_REGION)).get("items");
        assertThat(plans).isNotEmpty();
        Map<String, Object> plan = body(call(HttpRequest.GET("/api/followup/sips/" + plans.get(0).get("id")), THERAPIST_REGION));
        assertThat((List<Object>) plan.get("participants")).hasSize(2);
        assertThat((List<Object>) plan.get("goals")).hasSize(1);
        assertThat((List<Object>) plan.get("tasks")).hasSize(2);
    }

    private String counts() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from follow_up) || '/' || (select count(*) from assessment) || '/' ||
                       (select count(*) from sip_plan) || '/' || (select count(*) from contact_episode) || '/' ||
                       (select count(*) from life_situation)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
