package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * {@code GET /api/housing/stats}: {@code occupancyPerUnit}: occupied places (n = capacity); {@code medianWaitingDays}:
 * request to move-in, over placements that moved in during the period; {@code endingsByReason} and
 * {@code endingsWithAftercarePlan}: over the period's move-outs; {@code externalCostPerMonth}: SEK per month, oldest
 * first.
 * Every component may be absent to a reader: a figure a service does not serve (yet) reads as no data.
 */
@Serdeable
public record HousingStatsDocument(int months,
                                   @Nullable Map<String, Figure> occupancyPerUnit,
                                   @Nullable Figure medianWaitingDays,
                                   @Nullable Figure endingsByReason,
                                   @Nullable Figure endingsWithAftercarePlan,
                                   @Nullable Map<String, Figure> externalCostPerMonth) {
}
