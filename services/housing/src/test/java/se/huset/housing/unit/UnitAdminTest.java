package se.huset.housing.unit;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity is place rows: it grows, shrinks over free places only, and never below the places in use. */
@MicronautTest(transactional = false)
class UnitAdminTest extends HousingTestSupport {

    @Test
    void capacityFollowsEditsButNeverDropsBelowOccupancy() {
        String id = unit("Stödboende A", "SUPPORTED", 2, null, false);
        ok(place(client(30), id, null, SOCIAL_KOMMUN), 201);
        ok(place(client(31), id, null, SOCIAL_KOMMUN), 201);
        assertThat(place(client(32), id, null, SOCIAL_KOMMUN).code()).isEqualTo(409);

        Map<String, Object> grown = ok(call(HttpRequest.PUT("/api/housing/units/" + id, Map.of("name", "Stödboende A",
                "type", "SUPPORTED", "capacity", 3)), ADMIN), 200);
        assertThat(grown).containsEntry("capacity", 3).containsEntry("occupied", 2);
        ok(place(client(33), id, null, SOCIAL_KOMMUN), 201);

        assertThat(call(HttpRequest.PUT("/api/housing/units/" + id, Map.of("name", "Stödboende A",
                "type", "SUPPORTED", "capacity", 2)), ADMIN).code()).isEqualTo(409);
        assertThat(call(HttpRequest.POST("/api/housing/units", Map.of("name", "Stödboende A",
                "type", "SUPPORTED", "capacity", 2)), ADMIN).code()).isEqualTo(409);
    }
}
