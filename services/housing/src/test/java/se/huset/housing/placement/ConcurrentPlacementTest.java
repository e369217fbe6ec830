package se.huset.housing.placement;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity is held by the database: 30 clients racing for Skogsgläntan's 14 places, exactly 14 get one. */
@MicronautTest(transactional = false)
class ConcurrentPlacementTest extends HousingTestSupport {

    @Test
    void thirtyConcurrentPlacementsIntoFourteenPlacesYieldFourteen() throws Exception {
        String skogsglantan = unit("Skogsgläntan K", "LOW_THRESHOLD", 14, 45, true);
        List<UUID> clients = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID client = client(50 + i % 20);
            clients.add(client);
            decisions.add(decision(client, "SOL_4_1"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<Map<String, Object>>>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return place(clients.get(n), skogsglantan, decisions.get(n), n % 2 == 0 ? SOCIAL_KOMMUN : HOUSING_KOMMUN);
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<HttpResponse<Map<String, Object>>> f : answers) {
            HttpResponse<Map<String, Object>> r = f.get();
            codes.add(r.code());
            if (r.code() == 409) {
                assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            }
        }
        pool.shutdown();

        assertThat(codes).filteredOn(c -> c == 201).hasSize(14);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(16);
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select count(*), count(distinct place_id) from placement
                     where unit_id = '%s' and status = 'PLACED'""".formatted(skogsglantan))) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(14);
            assertThat(rs.getInt(2)).isEqualTo(14);
        }
        Map<String, Object> unit = ok(call(io.micronaut.http.HttpRequest.GET("/api/housing/units/" + skogsglantan),
                HOUSING_KOMMUN), 200);
        assertThat(unit).containsEntry("capacity", 14).containsEntry("occupied", 14).containsEntry("minAge", 45)
                .containsEntry("requiresDecision", true);
    }
}
