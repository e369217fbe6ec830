package se.huset.followup.alert;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.list.ListParams;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Years of alerts: 100,000 rows over five years (most closed, as a working team leaves them, a tenth still open or
 * acknowledged, both bodies, every type). The first page answers well under 300 ms and its plan reads an index.
 */
@MicronautTest(transactional = false)
class AlertScaleTest extends FollowupTestSupport {

    /** The rows of this test lie before 2015, so the other tests' alerts are untouched and these are cleared after. */
    private static final String SCALE_ROWS = "since < timestamptz '2015-01-01'";

    @BeforeAll
    void load() throws Exception {
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into alert (id, type, source_id, client_id, owner_org, priority, occurred_at, since, status,
                                       assigned_to, acknowledged_by, acknowledged_at, closed_at, closed_by, close_reason)
                    select gen_random_uuid(), t.type, gen_random_uuid(), md5('client' || (i % 15000))::uuid,
                           case when (i / 7) % 3 = 0 then 'KOMMUN' else 'REGION' end, t.priority,
                           at - interval '14 days', at,
                           case when i % 10 = 0 then 'OPEN' when i % 10 = 1 then 'ACKNOWLEDGED' else 'CLOSED' end,
                           case when i % 10 in (1, 2) or i % 20 = 0 then 'therapist.region' end,
                           case when i % 10 = 1 then 'therapist.region' end, case when i % 10 = 1 then at end,
                           case when i % 10 >= 2 then at + interval '3 days' end,
                           case when i % 10 >= 3 then 'therapist.region' end,
                           case when i % 10 >= 2 then 'CONTACT_MADE' end
                    from generate_series(1, 100000) i
                    cross join lateral (select timestamptz '2010-01-01' + (i * interval '26 minutes') as at) w
                    cross join lateral (select (array['HOUSING_LOST','PLACEMENT_ENDED_WITHOUT_AFTERCARE','NO_FIRST_VISIT',
                           'INPATIENT_WITHOUT_AFTERCARE','PLACEMENT_ENDED_WITHOUT_CONTACT',
                           'PROGRAMME_END_WITHOUT_FOLLOW_UP'])[1 + (i / 10) % 6] as type, 1 + (i / 10) % 6 as priority) t""");
            s.execute("analyze alert");
        }
        theTestUnitsWorkWithEveryClient();
    }

    @AfterAll
    void clear() throws Exception {
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.execute("delete from alert where " + SCALE_ROWS);
        }
    }

    @Test
    void theFirstPageOfAHundredThousandAlertsAnswersWellUnder300Ms() {
        List<String> queries = List.of("", "?owner=REGION", "?mine=true", "?type=NO_FIRST_VISIT", "?status=CLOSED",
                "?status=ACKNOWLEDGED&mine=true", "?from=2012-01-01&to=2012-12-31");
        for (String q : queries) {
            call(HttpRequest.GET("/api/followup/alerts" + q), THERAPIST_REGION);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                Map<String, Object> page = body(call(HttpRequest.GET("/api/followup/alerts" + q), THERAPIST_REGION));
                best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
                assertThat((List<?>) page.get("items")).as(q).isNotEmpty();
                assertThat(page.get("next")).as(q).isNotNull();
            }
            System.out.printf("alerts first page %-40s %d ms%n", q.isEmpty() ? "(default)" : q, best);
            assertThat(best).as(q).isLessThan(300);
        }
        // the first render compiles the template; the second is what a user meets
        http.toBlocking().retrieve(HttpRequest.GET("/followup/alerts").bearerAuth(THERAPIST_REGION));
        long t0 = System.nanoTime();
        String html = http.toBlocking().retrieve(HttpRequest.GET("/followup/alerts").bearerAuth(THERAPIST_REGION));
        long pageMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("alerts page /followup/alerts %d ms, %d bytes%n", pageMs, html.length());
        // one page: at most the default limit of rows shown, the Kommun's withheld ones counted instead
        assertThat(html.split("data-alert=", -1).length - 1).isBetween(1, ListParams.DEFAULT_LIMIT);
        // far from the gateway's 1.5 s proxy timeout even on a busy test machine
        assertThat(pageMs).isLessThan(1000);
        assertThat(html).contains("rel=\"next\"");
    }

    @Test
    void thePagesPlansReadTheWorklistIndexesNotTheTable() throws Exception {
        List<String> filters = List.of("", " and owner_org = 'REGION'", " and assigned_to = 'therapist.region'",
                " and type = 'NO_FIRST_VISIT' and priority = 3");
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            for (String f : filters) {
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("explain select * from alert where status = 'OPEN'" + f
                        + " and (priority, since, id) > (1, timestamptz '2011-01-01', '00000000-0000-0000-0000-000000000000')"
                        + " order by priority, since, id limit 51")) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                System.out.println(String.join("\n", plan));
                assertThat(String.join("\n", plan)).as(f).contains("Index").doesNotContain("Seq Scan").doesNotContain("Sort");
            }
        }
    }
}
