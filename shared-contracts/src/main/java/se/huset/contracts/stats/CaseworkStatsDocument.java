package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/casework/stats}, over the actualisations received in the period: {@code actualisationsBySource}
 * (APPLICATION, REPORT, LOB, REFERRAL); {@code personsByActualisations}: persons by how often they were actualised,
 * in the groups 1, 2, 3-6, 7-11 and 12 or more of the Söderhamn report (2024, tabell 1 and 3);
 * {@code shareLeadingToInvestigation}: of the assessed ones, the share opened into an investigation;
 * {@code medianDaysToAssessment}: received to förhandsbedömning. Over the investigations closed in the period:
 * {@code medianInvestigationDaysByLaw} (SOL, LVM). Over the decisions made in the period:
 * {@code grantedByIntervention}. {@code unenforcedPastDeadline}: granted decisions now unenforced more than three
 * months after they were made (the IVO report), whenever made.
 */
@Serdeable
public record CaseworkStatsDocument(int months,
                                    @Nullable Figure actualisationsBySource,
                                    @Nullable Figure personsByActualisations,
                                    @Nullable Figure shareLeadingToInvestigation,
                                    @Nullable Figure medianDaysToAssessment,
                                    @Nullable Figure medianInvestigationDaysByLaw,
                                    @Nullable Figure grantedByIntervention,
                                    @Nullable Figure unenforcedPastDeadline) {
}
