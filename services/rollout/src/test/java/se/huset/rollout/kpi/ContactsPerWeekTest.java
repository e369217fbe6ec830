package se.huset.rollout.kpi;

import org.junit.jupiter.api.Test;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.IntakeStatsDocument;
import se.huset.contracts.stats.StatsField;
import se.huset.contracts.stats.StatsFields;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Contacts per week" is the last week that has ended, not the few days of the week in progress. */
class ContactsPerWeekTest {

    private static final StatsField<?> CONTACTS_PER_WEEK = StatsFields.ALL.stream()
            .filter(f -> f.name().equals("contactsPerWeek[last].contacts")).findFirst().orElseThrow();

    private static IntakeStatsDocument madeAt(String instant) {
        return new IntakeStatsDocument("intake", Instant.parse(instant), List.of(
                new IntakeStatsDocument.Week("2026-W48", new Figure(11, 11, 0), null, null, null),
                new IntakeStatsDocument.Week("2026-W49", new Figure(9, 9, 0), null, null, null),
                new IntakeStatsDocument.Week("2026-W50", new Figure("<5", "<5", 0), null, null, null)), null, null, null);
    }

    @Test
    void onMondayMorningInSwedenTheWeekJustBegunIsLeftOut() {
        // 2026-12-07 00:30 in Stockholm is Sunday 23:30 UTC: the clinic's week 50 has begun
        assertThat(CONTACTS_PER_WEEK.read(madeAt("2026-12-06T23:30:00Z")).orElseThrow().value()).isEqualTo(9);
    }

    @Test
    void aListWhoseLastWeekHasEndedIsReadAtItsLastWeek() {
        IntakeStatsDocument lastWeekEnded = new IntakeStatsDocument("intake", Instant.parse("2026-12-15T09:00:00Z"),
                madeAt("2026-12-06T23:30:00Z").contactsPerWeek(), null, null, null);
        assertThat(CONTACTS_PER_WEEK.read(lastWeekEnded).orElseThrow().value()).isEqualTo("<5");
    }
}
