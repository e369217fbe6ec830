package se.huset.followup.research;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.instrument.Sex;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pseudonymised follow-up data for researchers: one row per recorded life situation, the client replaced by a
 * random key drawn for this export only, so two exports cannot be linked. Ages are given in ten-year bands and
 * dates as months. Every client in an export is written to the audit log, at the export and at each download.
 */
@Singleton
public class ResearchExports {

    static final String RESOURCE = "research-export";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEADER = "pseudonym,sex,ageBand,programCode,followUp,month,housing,occupation,incomeSource,"
            + "alcoholDays,drugDays,crime,health,qualityOfLife,treatment,ownGoal,asiGrundDone,asiFollowUpDone";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final FollowupSettings settings;
    private final Clock clock;

    public ResearchExports(JdbcOperations jdbc, AuditLog audit, FollowupSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Serdeable
    public record Export(UUID id, int rows, int clients, Instant exportedAt) {
    }

    @Transactional
    public Export create(Staff researcher) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        List<UUID> clients = jdbc.prepareStatement("select distinct client_id from life_situation", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<UUID> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
                return out;
            }
        });
        int rows = jdbc.prepareStatement("select count(*) from life_situation", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        jdbc.prepareStatement("insert into research_export (id, exported_by, exported_at, rows) values (?, ?, ?, ?)", ps -> {
            ps.setObject(1, id);
            ps.setString(2, researcher.username());
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, rows);
            return ps.executeUpdate();
        });
        for (UUID client : clients) {
            jdbc.prepareStatement("insert into research_key (export_id, client_id, pseudonym) values (?, ?, ?)", ps -> {
                ps.setObject(1, id);
                ps.setObject(2, client);
                ps.setString(3, HexFormat.of().formatHex(randomBytes()));
                return ps.executeUpdate();
            });
        }
        audit.record(clients.stream().map(c -> AuditEntry.of(researcher, c, "RESEARCH_EXPORT", RESOURCE, "PSEUDONYMISED",
                AuditEntry.Outcome.ALLOWED)).toList());
        return new Export(id, rows, clients.size(), now);
    }

    /** The export's CSV, for the researcher who made it; the key table itself never leaves the service. */
    @Transactional
    public String csv(Staff researcher, UUID exportId) {
        String owner = jdbc.prepareStatement("select exported_by from research_export where id = ?", ps -> {
            ps.setObject(1, exportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (owner == null) {
            throw ProblemException.notFound("research export " + exportId);
        }
        if (!owner.equals(researcher.username())) {
            throw ProblemException.forbidden("a research export is for the researcher who made it");
        }
        LocalDate today = settings.today();
        Map<UUID, Boolean> shown = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        jdbc.prepareStatement("""
                select k.client_id, k.pseudonym, f.sex, f.birth_date, u.program_code, u.kind, s.*
                from research_key k join life_situation s on s.client_id = k.client_id
                left join kit_client_fact f on f.client_id = k.client_id
                left join follow_up u on u.id = s.follow_up_id
                where k.export_id = ? order by k.pseudonym, s.recorded_at""", ps -> {
            ps.setObject(1, exportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shown.put(rs.getObject("client_id", UUID.class), true);
                    Date birth = rs.getDate("birth_date");
                    String band = birth == null ? "" : (Period.between(birth.toLocalDate(), today).getYears() / 10 * 10) + "-"
                            + (Period.between(birth.toLocalDate(), today).getYears() / 10 * 10 + 9);
                    csv.append(String.join(",", rs.getString("pseudonym"), Sex.of(rs.getString("sex")).name(), band,
                            nullToEmpty(rs.getString("program_code")), nullToEmpty(rs.getString("kind")),
                            rs.getTimestamp("recorded_at").toInstant().atZone(ClinicTime.ZONE).toLocalDate().toString().substring(0, 7),
                            rs.getString("housing"), rs.getString("occupation"), rs.getString("income_source"),
                            rs.getString("alcohol_days"), rs.getString("drug_days"), rs.getString("crime"),
                            rs.getString("health"), rs.getString("quality_of_life"), rs.getString("treatment"),
                            rs.getString("own_goal"), String.valueOf(rs.getDate("asi_grund_on") != null),
                            String.valueOf(rs.getDate("asi_followup_on") != null))).append('\n');
                }
                return null;
            }
        });
        audit.record(shown.keySet().stream().map(c -> AuditEntry.of(researcher, c, "RESEARCH_EXPORT_READ", RESOURCE,
                "PSEUDONYMISED", AuditEntry.Outcome.ALLOWED)).toList());
        return csv.toString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
