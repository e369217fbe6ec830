package se.huset.intake.audit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The county data's audit history is copied in bulk, and it chains on exactly as rows appended one at a time. */
@MicronautTest(transactional = false)
@Property(name = "huset.feed.poll-interval", value = "1h")
class AuditHistoryTest extends IntakeTestSupport {

    @Inject
    AuditLog audit;

    /** A database of its own: ConsentRuleTest leaves the shared one's chain broken on purpose. */
    @Override
    protected String databaseName() {
        return "intake_audit_history";
    }

    @Test
    void historyCopiedInBulkChainsOnAndVerifies() throws Exception {
        audit.record(entry("BEFORE", null));
        Instant yearsAgo = Instant.now().minus(900, ChronoUnit.DAYS);
        UUID client = UUID.randomUUID();
        List<AuditLog.PastAccess> history = new ArrayList<>();
        for (int n = 0; n < 2_500; n++) {
            // a tab, a newline and a backslash in a field must survive COPY's text format
            history.add(new AuditLog.PastAccess(yearsAgo.plusSeconds(60L * n),
                    entry(n == 7 ? "ODD\tACTION\\n\n" : "READ", client)));
        }
        audit.appendHistory(history.subList(0, 1_000));
        audit.appendHistory(history.subList(1_000, history.size()));
        audit.record(entry("AFTER", null));

        AuditLog.Verification verification = audit.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(audit.forClient(client)).hasSize(2_500)
                .first().satisfies(r -> assertThat(r.at()).isEqualTo(yearsAgo.truncatedTo(ChronoUnit.MICROS)));
        assertThat(audit.forClient(client).get(7).action()).isEqualTo("ODD\tACTION\\n\n");

        // and it is still tamper-evident: the chain breaks where a copied row is altered
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("alter table kit_audit disable trigger kit_audit_no_change");
            st.execute("update kit_audit set username = 'someone.else' where id = (select min(id) + 1500 from kit_audit"
                    + " where client_id = '" + client + "')");
            st.execute("alter table kit_audit enable trigger kit_audit_no_change");
            try (ResultSet rs = st.executeQuery("select min(id) + 1500 from kit_audit where client_id = '" + client + "'")) {
                rs.next();
                assertThat(audit.verify().firstBrokenId()).isEqualTo(rs.getLong(1));
            }
        }
    }

    private static AuditEntry entry(String action, UUID client) {
        return new AuditEntry("therapist.region", "REGION", "THERAPIST", client, action, "/api/intake/clients",
                "OWNER", AuditEntry.Outcome.ALLOWED);
    }
}
