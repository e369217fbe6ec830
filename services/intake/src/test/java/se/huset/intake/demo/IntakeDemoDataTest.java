package se.huset.intake.demo;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo data set is deterministic (two loads into two fresh databases hold the same rows), idempotent (a second
 * load adds nothing), fast, and shaped like seed 000: frequent attenders by the rule (≥ 7 acute visits or ≥ 4
 * inpatient episodes within 12 months) are 5–9% of persons and stand for 30–45% of acute and inpatient contacts.
 * Its audit history chains on intact, its events are in time order, and the county scale refuses to join it. The
 * county itself is loaded by hand for the benchmark, not here; the same code loads both.
 */
class IntakeDemoDataTest {

    private static final String CARE_EPISODES = "('ACUTE_VISIT', 'INPATIENT_EPISODE')";

    @Test
    void twoLoadsIntoFreshDatabasesAreTheSameAndShapedLikeOstersund() throws Exception {
        TestDatabase first = TestDatabase.named("intake_demo_a");
        TestDatabase second = TestDatabase.named("intake_demo_b");
        long started = System.nanoTime();
        Map<String, Object> a = load(first);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> b = load(second);
        assertThat(b).isEqualTo(a);
        assertThat(millis).as("first load incl. context start and migration").isLessThan(60_000);
        assertThatThrownBy(() -> load(first, "county")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HUSET_DB_SUFFIX=_county ./huset demo-data --scale county");
        assertThat(summary(first)).as("the refused county load left the demo data as it was").isEqualTo(a);

        try (Connection c = first.connect(); Statement st = c.createStatement()) {
            long persons = one(st, "select count(*) from client");
            long frequent = one(st, """
                    select count(distinct client_id) from (
                      select client_id, kind, count(*) over (partition by client_id, kind order by registered_at
                             range between interval '12 months' preceding and current row) as n
                      from contact where client_id is not null and kind in """ + CARE_EPISODES + """
                    ) w where (kind = 'ACUTE_VISIT' and n >= 7) or (kind = 'INPATIENT_EPISODE' and n >= 4)""");
            long episodes = one(st, "select count(*) from contact where kind in " + CARE_EPISODES);
            long frequentEpisodes = one(st, """
                    select count(*) from contact where kind in """ + CARE_EPISODES + """
                     and client_id in (
                      select client_id from (
                        select client_id, kind, count(*) over (partition by client_id, kind order by registered_at
                               range between interval '12 months' preceding and current row) as n
                        from contact where client_id is not null and kind in """ + CARE_EPISODES + """
                      ) w where (kind = 'ACUTE_VISIT' and n >= 7) or (kind = 'INPATIENT_EPISODE' and n >= 4))""");
            double personShare = (double) frequent / persons;
            double episodeShare = (double) frequentEpisodes / episodes;
            assertThat(personShare).as("frequent attenders among %d persons", persons).isBetween(0.05, 0.09);
            assertThat(episodeShare).as("their share of %d care episodes", episodes).isBetween(0.30, 0.45);

            long lastYear = one(st, "select count(distinct client_id) from contact where registered_at > now() - interval '365 days'");
            assertThat(lastYear).isBetween(430L, 540L);
            assertThat(one(st, "select count(*) from contact where status = 'NEW'")).isBetween(2L, 60L);
            assertThat(one(st, "select count(*) from contact where status = 'NEW' and registered_at > now() - interval '3 days'"))
                    .isGreaterThanOrEqualTo(2L);
            long reports = one(st, "select count(*) from contact where kind = 'REPORT'");
            long police = one(st, "select count(*) from contact where kind = 'REPORT' and referrer = 'POLICE'");
            assertThat((double) police / reports).isBetween(0.24, 0.34);
            assertThat(one(st, "select count(*) from consent where revoked_at is not null")).isPositive();
            assertThat(one(st, "select count(*) from consent where revoked_at is null and valid_until < current_date")).isPositive();
            assertThat(one(st, "select count(*) from consent where granted_org = any(recipient_orgs)"))
                    .as("each consent is recorded by the disclosing body, for the other").isZero();
            assertThat(one(st, "select count(*) from kit_consent")).isEqualTo(one(st, "select count(*) from consent"));
            long events = one(st, "select count(*) from kit_outbox");
            long expected = one(st, "select count(*) from client")
                    + one(st, "select count(*) from contact") + one(st, "select count(*) from contact where status = 'TRIAGED'")
                    + one(st, "select count(*) from consent") + one(st, "select count(*) from consent where revoked_at is not null")
                    + one(st, "select count(*) from kit_care_relationship");
            assertThat(events).isEqualTo(expected);
            assertThat(one(st, """
                    select count(*) from client c where exists (select 1 from contact k where k.client_id = c.id)
                    and not exists (select 1 from kit_care_relationship r where r.client_id = c.id)"""))
                    .as("every client who came in has a care relationship: the unit that took the contact").isZero();
            assertThat(one(st, """
                    select count(*) from (
                      select (payload->>'registeredAt')::timestamptz as at,
                             lag((payload->>'registeredAt')::timestamptz) over (order by seq) as before
                      from kit_outbox where type = 'ContactRegistered') r where at < before"""))
                    .as("contacts published in the order they came").isZero();
            assertThat(one(st, "select count(*) from kit_audit")).as("the history's reads").isBetween(2_000L, 40_000L);
            assertThat(one(st, "select count(*) from kit_audit where at > now()")).isZero();
            assertThat(one(st, """
                    select count(*) from kit_audit a join client c on c.id = a.client_id
                    where a.resource like 'client/%' and a.org <> c.owner_org and a.basis not like 'CONSENT:%'"""))
                    .as("the other body's reads of a client only under consent").isZero();
            assertThat(one(st, "select count(*) from client where identifier_kind = 'PERSONNUMMER' and substr(identifier, 9, 1) <> '9'"))
                    .as("serial numbers in the 9xx range").isZero();
        }
    }

    /**
     * Starts intake against the database, loads twice (the second must be a no-op), checks the audit chain, and
     * sums up what is there.
     */
    private static Map<String, Object> load(TestDatabase database) throws SQLException {
        return load(database, "demo");
    }

    private static Map<String, Object> load(TestDatabase database, String scale) throws SQLException {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("huset.jwks-url", "http://127.0.0.1:9/.well-known/jwks.json");
        properties.put("huset.service-secret", ServiceTestSupport.TEST_SECRET);
        properties.put(DemoScale.PROPERTY, scale);
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start()) {
            IntakeDemoData loader = context.getBean(IntakeDemoData.class);
            loader.loadOnce();
            Map<String, Object> once = summary(database);
            loader.loadOnce();
            assertThat(summary(database)).isEqualTo(once);
            AuditLog.Verification chain = context.getBean(AuditLog.class).verify();
            assertThat(chain.valid()).as("audit chain broken at %s", chain.firstBrokenId()).isTrue();
            assertThat(chain.rows()).isEqualTo(once.get("kit_audit"));
            return once;
        }
    }

    private static Map<String, Object> summary(TestDatabase database) throws SQLException {
        Map<String, Object> summary = new HashMap<>();
        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            for (String table : List.of("client", "contact", "consent", "kit_consent", "kit_outbox", "kit_audit")) {
                summary.put(table, one(st, "select count(*) from " + table));
            }
            summary.put("identifiers", strings(st, "select identifier from client order by identifier"));
            summary.put("contactIds", strings(st, "select id::text from contact order by id"));
            summary.put("consentIds", strings(st, "select id::text from consent order by id"));
            summary.put("kinds", strings(st, "select kind || ':' || count(*) from contact group by kind order by kind"));
        }
        return summary;
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
