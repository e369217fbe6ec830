package se.huset.followup.frequency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.instrument.Sex;
import se.huset.kit.time.ClinicTime;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Feeds {@link FrequencyGroups} from the stored contacts and the replicated client facts (birth date, sex): one
 * row per person, counted in SQL, so a county's year of contacts is never held in memory.
 */
@Singleton
public class FrequencyReport {

    private final FrequencyGroups groups = new FrequencyGroups();
    private final JdbcOperations jdbc;
    private final FollowupSettings settings;

    public FrequencyReport(JdbcOperations jdbc, FollowupSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Contacts on the days from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public FrequencyGroups.Report report(LocalDate from, LocalDate to) {
        List<FrequencyGroups.Person> people = jdbc.prepareStatement("""
                with per_reporter as (
                    select client_id, referrer, count(*) as n, max(occurred_at) as latest
                    from contact_episode where client_id is not null and occurred_at >= ? and occurred_at < ?
                    group by client_id, referrer)
                select p.client_id, sum(p.n) as contacts, max(p.latest) as latest, f.birth_date, f.sex,
                       array_agg(p.referrer) as referrers, array_agg(p.n) as counts
                from per_reporter p left join kit_client_fact f on f.client_id = p.client_id
                group by p.client_id, f.birth_date, f.sex""", ps -> {
            ps.setTimestamp(1, Timestamp.from(from.atStartOfDay(ClinicTime.ZONE).toInstant()));
            ps.setTimestamp(2, Timestamp.from(to.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant()));
            List<FrequencyGroups.Person> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date birth = rs.getDate("birth_date");
                    LocalDate latest = rs.getTimestamp("latest").toInstant().atZone(ClinicTime.ZONE).toLocalDate();
                    Integer age = birth == null ? null : Period.between(birth.toLocalDate(), latest).getYears();
                    String sex = rs.getString("sex");
                    out.add(new FrequencyGroups.Person(rs.getObject("client_id", UUID.class), rs.getInt("contacts"), age,
                            sex == null ? Sex.UNKNOWN : Sex.of(sex), reporters(rs.getArray("referrers"), rs.getArray("counts"))));
                }
            }
            return out;
        });
        return groups.report(people);
    }

    private static Map<String, Long> reporters(Array referrers, Array counts) throws java.sql.SQLException {
        String[] names = (String[]) referrers.getArray();
        Long[] ns = (Long[]) counts.getArray();
        Map<String, Long> out = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], ns[i]);
        }
        return out;
    }
}
