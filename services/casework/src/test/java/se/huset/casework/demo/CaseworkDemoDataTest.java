package se.huset.casework.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.casework.CaseworkTestSupport;
import se.huset.casework.actualisation.IntakeContacts;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as {@code demo-data} loads it, on the matters intake's feed has made of three years of contacts, in
 * a database of its own (the history would show in the other test classes' lists).
 */
@MicronautTest(transactional = false)
@Property(name = "huset.demo.enabled", value = "true")
@Property(name = "huset.demo.feed-wait", value = "0s")
class CaseworkDemoDataTest extends CaseworkTestSupport {

    private static final List<String> TABLES = List.of("actualisation", "investigation", "decision", "kit_outbox",
            "kit_audit", "kit_care_relationship");

    @Inject
    CaseworkDemoData demo;

    private Map<String, Long> afterFirstRun;

    @Override
    protected String databaseName() {
        return "casework_demo";
    }

    /** Three years of intake's contacts that make the Kommun responsible: about 320, of 110 persons, a few unnamed. */
    static void threeYearsOfContacts(IntakeContacts feed) {
        Random rnd = new Random(17);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            clients.add(new UUID(17, i));
        }
        Instant now = Instant.now();
        String[] kinds = {"REPORT", "LOB", "SELF_APPLICATION", "REPORT", "REFERRAL"};
        for (int day = 3 * 365; day >= 0; day -= 1 + rnd.nextInt(6)) {
            String kind = kinds[rnd.nextInt(kinds.length)];
            Org owner = kind.equals("LOB") && rnd.nextBoolean() ? Org.REGION : Org.KOMMUN;
            UUID client = rnd.nextDouble() < 0.07 ? null : clients.get(rnd.nextInt(clients.size()));
            Instant at = now.minus(day, ChronoUnit.DAYS).minus(rnd.nextInt(600), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MILLIS);
            feed.handle(registered(UUID.randomUUID(), kind, owner, client, at));
        }
    }

    @BeforeAll
    void intakesContactsHaveComeInAndTheDemoDataLoads() throws SQLException {
        threeYearsOfContacts(intakeContacts);
        assertThat(count("select count(*) from actualisation")).isGreaterThan(250);
        demo.loadOnce();
        afterFirstRun = counts();
    }

    @Test
    void investigationsOpenedAndClosedByTheDemoSocialWorker() throws SQLException {
        assertThat(count("select count(*) from actualisation where assessed_at is not null"))
                .as("nearly all of the matters older than a few days")
                .isBetween(count("select count(*) from actualisation where received_at < now() - interval '3 days'") * 9 / 10,
                        count("select count(*) from actualisation where received_at < now() - interval '3 days'"));
        assertThat(count("select count(*) from actualisation where assessed_at is not null and not opened"))
                .isPositive();
        assertThat(count("select count(*) from actualisation where received_at > now() - interval '3 days' "
                + "and assessed_at is not null")).as("the newest wait in the queue").isZero();
        assertThat(count("select count(*) from investigation where closed_on is not null")).isGreaterThan(20);
        assertThat(count("select count(*) from investigation where closed_on is null")).isPositive();
        assertThat(count("select count(*) from investigation where law = 'LVM'")).isPositive();
        assertThat(count("select count(*) from investigation where handler <> 'socialworker.kommun'")).isZero();
        assertThat(count("""
                select count(*) from investigation i join actualisation a on a.id = i.actualisation_id
                where i.opened_on <> (a.assessed_at at time zone 'Europe/Stockholm')::date"""))
                .as("opened on the day of the förhandsbedömning").isZero();
        assertThat(count("select count(*) from investigation where opened_on < current_date - 730"))
                .as("the history goes back years").isPositive();
        assertThat(count("select count(*) from decision where recorded_at < now() - interval '2 years'"))
                .as("recorded when it was decided").isPositive();
        assertThat(count("select count(*) from investigation where closed_on > current_date "
                + "or recorded_at > now()")).isZero();
        assertThat(count("select count(*) from kit_outbox where type = 'InvestigationOpened'"))
                .isEqualTo(count("select count(*) from investigation"));
    }

    @Test
    void decisionsGrantedRefusedEnforcedAndAppealed() throws SQLException {
        assertThat(count("select count(*) from decision where granted")).isGreaterThan(10);
        assertThat(count("select count(*) from decision where not granted")).isPositive();
        assertThat(count("select count(*) from decision where enforced_on is not null")).isGreaterThan(5);
        assertThat(count("select count(*) from decision where appealed_on is not null")).isEqualTo(1);
        assertThat(count("select count(distinct intervention) from decision")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from decision where decided_by <> 'socialworker.kommun'")).isZero();
        assertThat(count("""
                select count(*) from decision d join investigation i on i.id = d.investigation_id
                where d.decided_on < i.closed_on or i.outcome not in ('DECISION', 'LVM_APPLICATION')
                   or (d.intervention = 'LVM_CARE') <> (i.outcome = 'LVM_APPLICATION')""")).isZero();
        assertThat(count("select count(*) from decision where granted and enforced_on is null "
                + "and decided_on < current_date - interval '3 months'")).isEqualTo(5);
    }

    @Test
    void theSocialWorkerSeesTheListForIvoAndASlowLvmInvestigation() {
        List<Map<String, Object>> reportable = items(get("/api/casework/decisions/to-enforce?reportable=true&limit=200",
                SOCIAL_KOMMUN));
        assertThat(reportable).hasSize(5).allSatisfy(d -> assertThat(d).containsEntry("reportable", true));
        List<Map<String, Object>> lvm = items(get("/api/casework/investigations?handler=me&law=LVM&limit=200",
                SOCIAL_KOMMUN));
        assertThat(lvm).filteredOn(v -> Boolean.TRUE.equals(v.get("slow"))).hasSizeBetween(1, 2);
        Map<String, Object> mine = get("/api/casework/investigations?handler=me&limit=200", SOCIAL_KOMMUN);
        assertThat(items(mine)).as("a few dozen rows, not thousands").isNotEmpty().hasSizeLessThan(60);
        assertThat(mine).containsEntry("withheld", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatsFiguresAreNotZero() {
        Map<String, Object> stats = get("/api/casework/stats?months=36", STEERING);
        for (String figure : List.of("actualisationsBySource", "personsByActualisations", "shareLeadingToInvestigation",
                "medianDaysToAssessment", "medianInvestigationDaysByLaw", "grantedByIntervention",
                "unenforcedPastDeadline")) {
            Map<String, Object> f = (Map<String, Object>) stats.get(figure);
            assertThat(f.get("n")).as(figure).isNotIn(0, null);
            assertThat(f.get("value")).as(figure).isNotIn(0, null);
        }
        assertThat(((Map<String, Object>) stats.get("unenforcedPastDeadline")).get("value")).isEqualTo(5);
    }

    @Test
    void aSecondRunAddsNothing() throws SQLException {
        Map<String, Long> before = counts();
        demo.loadOnce();
        assertThat(counts()).as("not even an audit row").isEqualTo(before);
        before.remove("kit_audit");
        afterFirstRun.remove("kit_audit");
        assertThat(before).as("the other tests only read").isEqualTo(afterFirstRun);
    }

    @Test
    void withTheDemoSwitchOffNothingLoads() throws SQLException {
        Map<String, Object> properties = new HashMap<>(getProperties());
        TestDatabase off = TestDatabase.fresh("casework_demo_off");
        properties.putAll(off.properties());
        properties.put("huset.demo.enabled", "false");
        properties.put("huset.demo.feed-wait", "0s");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            threeYearsOfContacts(context.getBean(IntakeContacts.class));
            context.getBean(CaseworkDemoData.class).loadOnce();
        }
        try (Connection c = off.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (select count(*) from actualisation where assessed_at is not null)"
                     + " + (select count(*) from investigation) + (select count(*) from decision),"
                     + " (select count(*) from actualisation)")) {
            rs.next();
            assertThat(rs.getLong(2)).isPositive();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        counts.put("assessed", count("select count(*) from actualisation where assessed_at is not null"));
        counts.put("closed", count("select count(*) from investigation where closed_on is not null"));
        counts.put("enforced", count("select count(*) from decision where enforced_on is not null"));
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
