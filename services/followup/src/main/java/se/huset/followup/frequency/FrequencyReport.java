package se.huset.followup.frequency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.frequent.Episode;
import se.huset.followup.frequent.EpisodeRepository;
import se.huset.followup.instrument.Sex;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Feeds {@link FrequencyGroups} from the stored contacts and the replicated client facts (birth date, sex). */
@Singleton
public class FrequencyReport {

    private final FrequencyGroups groups = new FrequencyGroups();
    private final EpisodeRepository episodes;
    private final JdbcOperations jdbc;
    private final FollowupSettings settings;

    public FrequencyReport(EpisodeRepository episodes, JdbcOperations jdbc, FollowupSettings settings) {
        this.episodes = episodes;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Contacts on the days from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public FrequencyGroups.Report report(LocalDate from, LocalDate to) {
        List<Episode> all = episodes.between(from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        Map<UUID, List<Episode>> byClient = all.stream().collect(Collectors.groupingBy(Episode::clientId));
        Map<UUID, Fact> facts = facts();
        List<FrequencyGroups.Person> people = new ArrayList<>();
        byClient.forEach((client, list) -> {
            Fact fact = facts.get(client);
            LocalDate latest = list.stream().max(Comparator.comparing(Episode::occurredAt)).orElseThrow()
                    .occurredAt().atZone(settings.zone()).toLocalDate();
            Integer age = fact == null || fact.birthDate() == null ? null : Period.between(fact.birthDate(), latest).getYears();
            Map<String, Long> reporters = new TreeMap<>(list.stream()
                    .collect(Collectors.groupingBy(Episode::referrer, Collectors.counting())));
            people.add(new FrequencyGroups.Person(client, list.size(), age, fact == null ? Sex.UNKNOWN : Sex.of(fact.sex()),
                    reporters));
        });
        return groups.report(people);
    }

    private record Fact(LocalDate birthDate, String sex) {
    }

    private Map<UUID, Fact> facts() {
        return jdbc.prepareStatement("select client_id, birth_date, sex from kit_client_fact", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                Map<UUID, Fact> out = new HashMap<>();
                while (rs.next()) {
                    Date birth = rs.getDate("birth_date");
                    out.put(rs.getObject("client_id", UUID.class),
                            new Fact(birth == null ? null : birth.toLocalDate(), rs.getString("sex")));
                }
                return out;
            }
        });
    }
}
