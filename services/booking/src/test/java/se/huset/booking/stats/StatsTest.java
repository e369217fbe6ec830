package se.huset.booking.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StatsTest extends BookingTestSupport {

    @Test
    void everyFigureHasItsCountsAndSmallCellsAreSuppressed() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/stats"), STEERING);
        assertThat(r.code()).isEqualTo(200);
        Map<String, Object> stats = body(r);
        assertThat(stats).containsKeys("medianDaysContactToFirstVisit", "shareFirstVisitWithinGuarantee",
                "noShowRateByType", "staffedReceptionHoursPerWeekByOrg", "userOrgPresenceHoursPerWeek",
                "userOrgPresenceHoursPerWeekTotal");
        stats.values().forEach(f -> assertThat(((Map<?, ?>) f).keySet().stream().map(Object::toString).toList()).contains("value", "n", "missing"));
        // a fresh database: nothing to count, so nothing may be shown but the suppression marker
        @SuppressWarnings("unchecked")
        Map<String, Object> median = (Map<String, Object>) stats.get("medianDaysContactToFirstVisit");
        assertThat(median.get("value")).isEqualTo("<5");
        assertThat(call(HttpRequest.GET("/api/booking/stats"), RECEPTION_REGION).code()).isEqualTo(403);
    }
}
