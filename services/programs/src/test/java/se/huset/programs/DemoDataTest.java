package se.huset.programs;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.programs.demo.ProgramsDemoData;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataTest extends ProgramsTestSupport {

    @Inject
    ProgramsDemoData demo;

    @Override
    protected String databaseName() {
        return "programs_demo";
    }

    @Test
    void loadsOnceAndASecondRunChangesNothing() throws Exception {
        demo.loadOnce();
        String first = counts();
        demo.loadOnce();
        assertThat(counts()).isEqualTo(first);
        // 4 groups (2 co-facilitated), 30 group members + 30 earlier + 3 returns + 5 parallel tracks
        assertThat(first).startsWith("4/2/68/");
        Map<String, Object> stats = body(call(HttpRequest.GET("/api/programs/stats"), STEERING));
        assertThat(stats.get("completionRate").toString()).doesNotContain("<5");
        String today = http.toBlocking().retrieve(HttpRequest.GET("/programs/today").bearerAuth(THERAPIST_REGION));
        assertThat(today).contains("ÅP tisdagsgruppen");
        String catalog = http.toBlocking().retrieve(HttpRequest.GET("/programs/catalog").bearerAuth(THERAPIST_KOMMUN));
        assertThat(catalog).contains("Utfall per program och huvudman").contains("&lt;5");
    }

    private String counts() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from program_group) || '/' ||
                       (select count(*) from program_group where cardinality(array(select distinct unnest(facilitator_orgs))) > 1) || '/' ||
                       (select count(*) from enrollment) || '/' ||
                       (select count(*) from attendance) || '/' ||
                       (select count(*) from kit_outbox)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
