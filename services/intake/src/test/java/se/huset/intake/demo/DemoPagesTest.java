package se.huset.intake.demo;

import se.huset.intake.PageTestSupport;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages render the whole variety of the demo data: long histories, reservnummer, revoked and expired consents. */
@MicronautTest(transactional = false)
class DemoPagesTest extends PageTestSupport {

    @Inject
    IntakeDemoData demo;

    @Override
    protected String databaseName() {
        return "intake_demo_pages";
    }

    @BeforeAll
    void load() {
        demo.loadOnce();
    }

    @Test
    void triageBoardShowsTheWaitingDemoContacts() {
        Page region = get("/intake/triage", RECEPTION_REGION);
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.html()).containsPattern("\\d+ kontakter väntar").contains("väntat")
                .contains("Första bedömning: Akut").contains("Jag tar den");
        java.util.regex.Matcher open = java.util.regex.Pattern.compile("(\\d+) kontakter väntar").matcher(region.html());
        assertThat(open.find()).isTrue();
        assertThat(Integer.parseInt(open.group(1))).as("a queue a team can work through: tens, not hundreds")
                .isBetween(15, 60);
        Page kommun = get("/intake/triage/queue", RECEPTION_KOMMUN);
        assertThat(kommun.status()).isEqualTo(200);
    }

    @Test
    void clientPagesRenderForEveryKindOfDemoClient() throws SQLException {
        for (String sql : new String[]{
                "select c.id, c.owner_org from client c join contact k on k.client_id = c.id group by c.id, c.owner_org order by count(*) desc limit 1",
                "select c.id, c.owner_org from client c where identifier_kind = 'RESERVNUMMER' limit 1",
                "select c.id, c.owner_org from client c join consent k on k.client_id = c.id where k.revoked_at is not null limit 1",
                "select c.id, c.owner_org from client c join consent k on k.client_id = c.id where k.valid_until < current_date limit 1"}) {
            String[] row = row(sql);
            String owner = "REGION".equals(row[1]) ? THERAPIST_REGION : THERAPIST_KOMMUN;
            Page page = get("/intake/clients/" + row[0], owner);
            assertThat(page.status()).as(sql).isEqualTo(200);
            assertThat(page.html()).contains("Kontakthistorik").contains("Samtycke");
        }
        Page search = get("/intake/clients?q=Andersson", RECEPTION_KOMMUN);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.html()).contains("Andersson");
    }

    private String[] row(String sql) throws SQLException {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return new String[]{rs.getString(1), rs.getString(2)};
        }
    }
}
