package se.huset.rollout.cost;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CostSplitTest {

    @Test
    void fiftyFiftyWithTheOddOreToTheRegion() {
        CostSplit even = CostSplit.of(new BigDecimal("1200000"));
        assertThat(even.region()).isEqualByComparingTo("600000");
        assertThat(even.kommun()).isEqualByComparingTo("600000");
        CostSplit odd = CostSplit.of(new BigDecimal("1000.01"));
        assertThat(odd.region()).isEqualByComparingTo("500.01");
        assertThat(odd.kommun()).isEqualByComparingTo("500.00");
        assertThat(odd.region().add(odd.kommun())).isEqualByComparingTo(odd.total());
    }
}
