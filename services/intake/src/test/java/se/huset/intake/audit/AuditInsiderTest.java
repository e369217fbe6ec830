package se.huset.intake.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.audit.AuditAnchor;
import se.huset.kit.audit.AuditChain;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plays the insider against the audit log: whoever has the service's database password cannot change or remove a
 * row, the schema's owner who does so anyway is caught by the keyed chain and the anchor, and what staff and other
 * services did without leaving a trace before (feed reads, withheld list rows) is logged. The auditor asks by user
 * and time window.
 */
@MicronautTest(transactional = false)
@Property(name = "huset.feed.poll-interval", value = "1h")
class AuditInsiderTest extends IntakeTestSupport {

    @Inject
    AuditLog audit;

    @Inject
    AuditAnchor anchors;

    /** Its own database: these tests break the chain on purpose (and mend it again). */
    @Override
    protected String databaseName() {
        return "intake_audit_insider";
    }

    @Test
    void theServiceRoleMayReadAndAppendButNotUpdateDeleteTruncateOrUnhookTheTriggers() throws Exception {
        audit.record(entry("READ", UUID.randomUUID()));
        try (Connection service = database().connectAsService(); Statement st = service.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from kit_audit")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            for (String rewrite : List.of("update kit_audit set username = 'someone.else'",
                    "delete from kit_audit where id = (select max(id) from kit_audit)",
                    "truncate kit_audit",
                    "alter table kit_audit disable trigger kit_audit_no_change",
                    "drop table kit_audit")) {
                assertThatThrownBy(() -> st.execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .as("insufficient_privilege or must be owner").isEqualTo("42501"));
            }
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void truncateIsRefusedEvenForTheOwnerUnlessTheTriggersAreTurnedOff() throws Exception {
        audit.record(entry("READ", UUID.randomUUID()));
        try (Connection owner = database().connectAsOwner(); Statement st = owner.createStatement()) {
            assertThatThrownBy(() -> st.execute("truncate kit_audit")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("delete from kit_audit")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRowTheOwnerRewritesAndRechainsWithoutTheKeyBreaksTheChain() throws Exception {
        audit.record(entry("READ", UUID.randomUUID()));
        try (Connection owner = database().connectAsOwner(); Statement st = owner.createStatement()) {
            Row newest = newest(st);
            // what the plain SHA-256 chain let anyone with write access do: change the row and compute its link anew
            String forged = sha256(String.join("\u001f", newest.prevHash, Long.toString(newest.id), newest.at,
                    "someone.else", "REGION", "THERAPIST", newest.client, "READ", "/api/intake/clients", "OWNER",
                    "ALLOWED"));
            st.execute("alter table kit_audit disable trigger kit_audit_no_change");
            st.execute("update kit_audit set username = 'someone.else', hash = '" + forged + "' where id = " + newest.id);
            try {
                assertThat(audit.verify()).satisfies(v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstBrokenId()).isEqualTo(newest.id);
                });
            } finally {
                st.execute("update kit_audit set username = 'therapist.region', hash = '" + newest.hash
                        + "' where id = " + newest.id);
                st.execute("alter table kit_audit enable trigger kit_audit_no_change");
            }
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void theNewestRowsDeletedByTheOwnerAreMissedByTheChainButCaughtByTheAnchor() throws Exception {
        for (int n = 0; n < 3; n++) {
            audit.record(entry("READ", UUID.randomUUID()));
        }
        anchors.anchorHead();
        AuditLog.Verification before = audit.verify();
        assertThat(before.valid()).isTrue();
        long anchored = before.anchoredId();
        try (Connection owner = database().connectAsOwner(); Statement st = owner.createStatement()) {
            st.execute("create temporary table cut as select * from kit_audit where id > " + (anchored - 2));
            st.execute("alter table kit_audit disable trigger kit_audit_no_change");
            st.execute("delete from kit_audit where id > " + (anchored - 2));
            try {
                // what is left is a valid chain on its own: only the anchor knows the log went further
                assertThat(audit.verify()).satisfies(v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstBrokenId()).isEqualTo(anchored);
                });
            } finally {
                st.execute("insert into kit_audit select * from cut");
                st.execute("alter table kit_audit enable trigger kit_audit_no_change");
            }
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aProcessDoesNotStartWithoutTheKeyOrWithAPoolThatCouldRewriteTheLog() {
        assertThatThrownBy(() -> new AuditChain("")).hasMessageContaining("HUSET_AUDIT_KEY");
        assertThatThrownBy(() -> new AuditChain("0123456789abcdef")).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new AuditChain("dev-audit-key-change-me-0123456789abcdef"))
                .as("the key compose once published").hasMessageContaining("published default");

        Map<String, Object> asOwner = new HashMap<>(getProperties());
        asOwner.put("datasources.default.username", database().owner());
        asOwner.put("micronaut.server.port", "-1");
        assertThatThrownBy(() -> ApplicationContext.builder().environments("test").properties(asOwner).start().close())
                .hasStackTraceContaining("owns kit_audit");
    }

    @Test
    void feedReadsAndRowsWithheldFromAListLeaveATrace() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19680704", "113"), "Nils Holm");
        String clientId = (String) contact.get("clientId");

        HttpResponse<Map<String, Object>> queue = call(HttpRequest.GET("/api/intake/contacts?status=NEW"), THERAPIST_KOMMUN);
        assertThat((Integer) body(queue).get("withheld")).isGreaterThanOrEqualTo(1);
        assertThat(list("/api/intake/clients/" + clientId + "/access-log", AUDITOR))
                .filteredOn(r -> "therapist.kommun".equals(r.get("username")))
                .extracting(r -> r.get("outcome"), r -> r.get("basis"))
                .contains(org.assertj.core.groups.Tuple.tuple("DENIED", "CONSENT_REQUIRED"));

        assertThat(call(HttpRequest.GET("/api/intake/events?after=0&limit=10"), TestTokens.service()).code()).isEqualTo(200);
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select roles, resource from kit_audit where action = 'READ_FEED'")) {
            assertThat(rs.next()).as("a feed read is logged").isTrue();
            assertThat(rs.getString("roles")).isEqualTo("SERVICE");
            assertThat(rs.getString("resource")).startsWith("events?after=0&next=");
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void theAuditorAsksByUserAndTimeWindowAPageAtATimeAndNoOneElseMay() {
        String someone = "insider.check." + UUID.randomUUID();
        for (int n = 0; n < 3; n++) {
            audit.record(new AuditEntry(someone, "REGION", "THERAPIST", UUID.randomUUID(), "READ",
                    "/api/intake/clients", "OWNER", AuditEntry.Outcome.ALLOWED));
        }
        String today = LocalDate.now(se.huset.kit.time.ClinicTime.ZONE).toString();
        Map<String, Object> first = body(call(HttpRequest.GET("/api/intake/audit?username=" + someone
                + "&from=" + today + "&to=" + today + "&limit=2"), AUDITOR));
        assertThat(items(first)).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("username", someone));
        assertThat(first.get("next")).isNotNull();
        Map<String, Object> second = body(call(HttpRequest.GET("/api/intake/audit?username=" + someone
                + "&limit=2&after=" + first.get("next")), AUDITOR));
        assertThat(items(second)).hasSize(1);
        assertThat(second.get("next")).isNull();

        Map<String, Object> yesterday = body(call(HttpRequest.GET("/api/intake/audit?username=" + someone
                + "&to=" + LocalDate.parse(today).minusDays(1)), AUDITOR));
        assertThat(items(yesterday)).isEmpty();

        assertThat(call(HttpRequest.GET("/api/intake/audit?username=" + someone), THERAPIST_REGION).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/intake/audit/verify"), THERAPIST_REGION).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/intake/audit?from=yesterday"), AUDITOR).code()).isEqualTo(400);
        // and the auditor's own look is in the log
        Map<String, Object> auditors = body(call(HttpRequest.GET("/api/intake/audit?username=auditor"), AUDITOR));
        assertThat(items(auditors)).extracting(r -> r.get("action")).contains("SEARCH_AUDIT_LOG");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private record Row(long id, String at, String client, String prevHash, String hash) {
    }

    private static Row newest(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select id, at, client_id, prev_hash, hash from kit_audit order by id desc limit 1")) {
            rs.next();
            return new Row(rs.getLong("id"), rs.getTimestamp("at").toInstant().toString(), rs.getString("client_id"),
                    rs.getString("prev_hash"), rs.getString("hash"));
        }
    }

    private static String sha256(String canonical) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static AuditEntry entry(String action, UUID client) {
        return new AuditEntry("therapist.region", "REGION", "THERAPIST", client, action, "/api/intake/clients",
                "OWNER", AuditEntry.Outcome.ALLOWED);
    }
}
