package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * {@code GET /api/housing/stats}: {@code occupancyPerUnit}: occupied places (n = capacity); {@code medianWaitingDays}:
 * request to move-in, over placements that moved in during the period; {@code endingsByReason} and
 * {@code endingsWithAftercarePlan}: over the period's move-outs; {@code externalCostPerMonth}: SEK per month, oldest
 * first.
 */
@Serdeable
public record HousingStatsDocument(int months, Map<String, Figure> occupancyPerUnit, Figure medianWaitingDays,
                                   Figure endingsByReason, Figure endingsWithAftercarePlan,
                                   Map<String, Figure> externalCostPerMonth) {
}
