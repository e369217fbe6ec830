package se.huset.housing.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregates only, small cells suppressed; external costs per month and paying body. */
@MicronautTest(transactional = false)
class StatsTest extends HousingTestSupport {

    @Inject
    ExternalCosts costs;

    @Test
    @SuppressWarnings("unchecked")
    void statsCarryValueNAndMissingAndSuppressSmallCells() {
        String bjorkebo = unit("Björkebo S", "EMERGENCY", 12, null, false);
        for (int i = 0; i < 6; i++) {
            ok(place(client(30 + i), bjorkebo, null, HOUSING_KOMMUN), 201);
        }
        String hvb = unit("HVB S", "EXTERNAL_HVB", 2, null, false);
        String hvbPlacement = (String) ok(place(client(29), hvb, null, SOCIAL_KOMMUN), 201).get("id");
        ok(call(HttpRequest.POST("/api/housing/placements/" + hvbPlacement + "/end",
                Map.of("reason", "DECEASED")), SOCIAL_KOMMUN), 200);

        Map<String, Object> stats = ok(call(HttpRequest.GET("/api/housing/stats"), STEERING), 200);
        Map<String, Object> occupancy = (Map<String, Object>) stats.get("occupancyPerUnit");
        assertThat((Map<String, Object>) occupancy.get("Björkebo S")).containsEntry("value", 6).containsEntry("n", 12)
                .containsEntry("missing", 0);
        assertThat((Map<String, Object>) occupancy.get("HVB S")).containsEntry("value", "<5").containsEntry("n", "<5");
        // the database is shared with the other test classes: check the shape, not their counts
        for (String figure : new String[]{"medianWaitingDays", "endingsByReason", "endingsWithAftercarePlan"}) {
            assertThat((Map<String, Object>) stats.get(figure)).containsKeys("value", "n", "missing");
        }
        Map<String, Object> endings = (Map<String, Object>) stats.get("endingsByReason");
        assertThat((Map<String, Object>) endings.get("value")).containsKeys("PLANNED_OWN_HOUSING", "DECEASED");
        assertThat(stats.toString()).doesNotContain(hvbPlacement);
    }

    @Test
    void externalCostsAreNightsTimesTheDailyCostPerMonthAndBody() throws Exception {
        String sis = unit("SiS S", "EXTERNAL_SIS", 10, null, false);
        YearMonth month = YearMonth.now().minusMonths(2);
        for (int i = 0; i < 5; i++) {
            UUID client = client(40);
            String id = (String) ok(place(client, sis, null, i < 4 ? SOCIAL_KOMMUN : SOCIAL_REGION), 201).get("id");
            // ten nights in a month two months back: from the 1st to the 11th
            try (Connection c = database().connect(); Statement st = c.createStatement()) {
                st.execute("update stay set started_at = '%s 12:00+01', ended_at = '%s 10:00+01' where placement_id = '%s'"
                        .formatted(month.atDay(1), month.atDay(11), id));
            }
        }
        ExternalCosts.Report report = costs.report(month, month);
        ExternalCosts.Month m = report.months().get(0);
        assertThat(m.month()).isEqualTo(month.toString());
        assertThat(m.total().value()).isEqualTo(new java.math.BigDecimal("150000.00"));
        assertThat(m.total().n()).isEqualTo(5L);
        assertThat(m.byOrg().get("KOMMUN").value()).isEqualTo("<5");
        assertThat(m.byOrg().get("REGION").value()).isEqualTo("<5");

        Map<String, Object> answer = ok(call(HttpRequest.GET("/api/housing/costs?from=" + month + "&to=" + month),
                STEERING), 200);
        assertThat(answer).containsEntry("from", month.toString());
    }

    @Test
    void aMoveOutOfAnExternalHomeStopsItsCost() throws Exception {
        String hvb = unit("HVB M", "EXTERNAL_HVB", 5, null, false);
        String flat = unit("Bostad först M", "HOUSING_FIRST", 5, null, false);
        YearMonth month = YearMonth.now().minusMonths(3);
        String[] ids = new String[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = (String) ok(place(client(40), hvb, null, SOCIAL_KOMMUN), 201).get("id");
            ok(call(HttpRequest.POST("/api/housing/placements/" + ids[i] + "/move", Map.of("unitId", flat)),
                    SOCIAL_KOMMUN), 200);
        }
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            for (String id : ids) {
                // four nights in the HVB, then the rest of the month in a Housing First flat
                st.execute("""
                        update stay set started_at = '%1$s 12:00+01', ended_at = '%2$s 12:00+01'
                        where placement_id = '%3$s' and ended_at is not null;
                        update stay set started_at = '%2$s 12:00+01' where placement_id = '%3$s' and ended_at is null
                        """.formatted(month.atDay(1), month.atDay(5), id));
            }
        }
        assertThat(costs.report(month, month).months().get(0).total().value())
                .isEqualTo(new java.math.BigDecimal("60000.00"));
    }
}
