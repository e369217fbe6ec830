package se.huset.rollout.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.rollout.RolloutTestSupport;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RolloutDemoDataTest extends RolloutTestSupport {

    /** A database of its own: other tests edit milestones, and the demo's state is checked against today. */
    @Override
    protected String databaseName() {
        return "rollout_demo";
    }

    @Inject
    RolloutDemoData demo;

    @Inject
    Counts counts;

    @Test
    @SuppressWarnings("unchecked")
    void loadsOncePlausibleForTodayAndTheDashboardRendersQuickly() {
        demo.loadOnce();
        String first = counts.all();
        demo.loadOnce();
        assertThat(counts.all()).as("a second load changes nothing").isEqualTo(first);

        Map<String, Object> plan = json("/api/rollout/plan", AS_STEERING);
        List<Map<String, Object>> milestones = ((List<Map<String, Object>>) plan.get("phases")).stream()
                .flatMap(p -> ((List<Map<String, Object>>) p.get("milestones")).stream()).toList();
        assertThat(milestones).extracting(m -> m.get("status")).contains("DONE", "IN_PROGRESS", "NOT_STARTED");
        assertThat(items(json("/api/rollout/action-plans", AS_USER_ORG))).hasSizeGreaterThanOrEqualTo(4);

        // year 1 as of today: the plan began this side of a year ago; what fell due is done (or in trouble), what
        // has not begun is not started
        LocalDate today = LocalDate.now();
        LocalDate start = LocalDate.parse((String) plan.get("startDate"));
        assertThat(start).isEqualTo(today.withDayOfMonth(1).minusMonths(11));
        assertThat(milestones).filteredOn(m -> LocalDate.parse((String) m.get("dueOn")).isBefore(today))
                .isNotEmpty().extracting(m -> m.get("status")).doesNotContain("NOT_STARTED");
        assertThat(milestones).filteredOn(m -> LocalDate.parse((String) m.get("startsOn")).isAfter(today))
                .isNotEmpty().extracting(m -> m.get("status")).containsOnly("NOT_STARTED");
        assertThat(json("/api/rollout/costs", AS_USER_ORG).get("byYear")).asList().isNotEmpty();

        Map<String, Object> contacts = jsonList("/api/rollout/kpis", AS_THERAPIST).stream()
                .filter(k -> "contacts-per-week".equals(k.get("code"))).findFirst().orElseThrow();
        assertThat(contacts.get("updatedAt")).isNotNull();

        page(HttpRequest.GET("/rollout"), AS_STEERING); // warm-up: the first render compiles the templates
        long started = System.nanoTime();
        HttpResponse<String> page = page(HttpRequest.GET("/rollout"), AS_STEERING);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Handlingsplaner", "Gemensam utbildning", "Gemensamma kostnader (50–50)",
                "kpi-chart", "data-series");
        assertThat(millis).as("dashboard render with the demo data").isLessThan(1000);

        // three years of hourly collection for every intake KPI: the page must not slow down as the series grows
        counts.threeYearsOfHourlyPoints();
        started = System.nanoTime();
        page = page(HttpRequest.GET("/rollout"), AS_STEERING);
        millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(page.code()).isEqualTo(200);
        assertThat(millis).as("dashboard render over three years of points").isLessThan(1000);
    }

    /** Row counts of the demo's tables, to prove a second load adds nothing; and bulk history for the timing. */
    @jakarta.inject.Singleton
    static class Counts {
        private final JdbcOperations jdbc;

        Counts(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        String all() {
            return jdbc.prepareStatement("""
                    select (select count(*) from milestone_change) || '/' || (select count(*) from kpi_point) || '/'
                        || (select count(*) from action_plan) || '/' || (select count(*) from training_event) || '/'
                        || (select count(*) from shared_cost)""", ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }

        @Transactional
        void threeYearsOfHourlyPoints() {
            jdbc.execute(conn -> {
                try (var st = conn.createStatement()) {
                    st.execute("""
                            insert into kpi_point (kpi, collected_at, source, value, target, n, suppressed)
                            select k.code, ts, 'intake', 10 + (extract(epoch from ts)::bigint % 7), k.target, 50, false
                            from kpi k, generate_series(now() - interval '3 years', now() - interval '1 day',
                                                        interval '1 hour') ts
                            where k.source = 'intake'""");
                    st.execute("""
                            insert into kpi_week (kpi, week_start, collected_at, source, value, target, n, suppressed)
                            select distinct on (kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm'))
                                   kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm')::date,
                                   collected_at, source, value, target, n, suppressed
                            from kpi_point
                            order by kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm'), collected_at desc
                            on conflict (kpi, week_start) do nothing""");
                }
                return null;
            });
        }
    }
}
