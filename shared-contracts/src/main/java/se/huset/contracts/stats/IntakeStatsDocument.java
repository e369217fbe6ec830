package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /api/intake/stats}: contacts per week (oldest first), triage times, consent coverage. */
@Serdeable
public record IntakeStatsDocument(String service, Instant generatedAt, List<Week> contactsPerWeek, TriageTimes triage,
                                  Figure activeClientsWithConsentCoveringBothOrgs) {

    @Serdeable
    public record Week(String week, Figure contacts, Map<String, Object> byChannel, Map<String, Object> byKind,
                       Map<String, Object> byReferrer) {
    }

    @Serdeable
    public record TriageTimes(Figure medianMinutesToTriage, Figure shareTriagedWithinOneWorkingDay) {
    }
}
