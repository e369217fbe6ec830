package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/intake/stats}: contacts per week (oldest first), triage times, consent coverage, the share of active
 * clients with a named coordinator (vård- och stödsamordnare / case manager) in either body. Every component
 * may be absent to a reader: a figure a service does not serve (yet) reads as no data.
 */
@Serdeable
public record IntakeStatsDocument(@Nullable String service,
                                  @Nullable Instant generatedAt,
                                  @Nullable List<Week> contactsPerWeek,
                                  @Nullable TriageTimes triage,
                                  @Nullable Figure activeClientsWithConsentCoveringBothOrgs,
                                  @Nullable Figure activeClientsWithCoordinator) {

    @Serdeable
    public record Week(@Nullable String week,
                       @Nullable Figure contacts,
                       @Nullable Map<String, Object> byChannel,
                       @Nullable Map<String, Object> byKind,
                       @Nullable Map<String, Object> byReferrer) {
    }

    @Serdeable
    public record TriageTimes(@Nullable Figure medianMinutesToTriage,
                              @Nullable Figure shareTriagedWithinOneWorkingDay) {
    }
}
