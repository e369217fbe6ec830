package se.huset.housing.unit;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingDemoData;
import se.huset.housing.HousingTestSupport;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity is place rows: it grows, shrinks over free places only, and never below the places in use. */
@MicronautTest(transactional = false)
class UnitAdminTest extends HousingTestSupport {

    @Inject
    HousingDemoData demo;
    @Inject
    UnitRepository units;

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

    @Test
    void theOstersundDemoDataLoadsOnce() {
        demo.loadOnce();
        demo.loadOnce();
        assertThat(units.findByName("Skogsgläntan").orElseThrow()).satisfies(u -> {
            assertThat(u.capacity()).isEqualTo(14);
            assertThat(u.minAge()).isEqualTo(45);
            assertThat(u.requiresDecision()).isTrue();
            assertThat(u.occupied()).isEqualTo(14);
            assertThat(u.waiting()).isEqualTo(3);
        });
        assertThat(units.findByName("Björkebo").orElseThrow()).satisfies(u -> {
            assertThat(u.type()).isEqualTo(UnitType.EMERGENCY);
            assertThat(u.occupied()).as("the three who lost their place moved out").isEqualTo(5);
        });
        // the three lost places are on the coordinators' worklist, raised today
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/alerts?state=OPEN&mine=true&limit=200"), SOCIAL_KOMMUN),
                200))).filteredOn(a -> "Björkebo".equals(a.get("unitName"))
                && java.time.LocalDate.ofInstant(java.time.Instant.parse((String) a.get("raisedAt")),
                java.time.ZoneId.of("Europe/Stockholm")).equals(today)).hasSize(3);
        assertThat(units.findByName("SiS LVM-hem").orElseThrow().costPerDay()).isNotNull();
        assertThat(units.findByName("HVB Fjällgården").orElseThrow().provider()).isNotBlank();
    }
}
