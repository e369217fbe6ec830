package se.huset.rollout.cost;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Seed 001: the shared parts are funded 50–50 by Region and Kommun. An odd öre goes to the Region, so the two
 * shares always add up to the amount.
 */
@Serdeable
public record CostSplit(BigDecimal total, BigDecimal region, BigDecimal kommun) {

    public static CostSplit of(BigDecimal amount) {
        BigDecimal total = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal region = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.UP);
        return new CostSplit(total, region, total.subtract(region));
    }
}
