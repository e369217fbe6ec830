package se.huset.housing.demo;

import se.huset.housing.unit.UnitRequest;
import se.huset.housing.unit.UnitType;
import se.huset.kit.demo.DemoScale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit of the demo data and how its history runs: who lives there today, who waits, how many lost their place
 * today, and the usual length of a stay, of the vacancy between two stays and of the wait for a place.
 */
record DemoUnit(UnitRequest request, int residentsToday, int waitingToday, int lostToday, int meanStayDays,
                int meanVacancyDays, int meanWaitDays) {

    DemoUnit {
        if (residentsToday + lostToday > request.capacity()) {
            throw new IllegalArgumentException(request.name() + ": more residents today than places");
        }
        // a client queues only when the unit is full (PlacingClient), so a waiting list means a full unit
        if (waitingToday > 0 && residentsToday < request.capacity()) {
            throw new IllegalArgumentException(request.name() + ": a waiting list for a unit with free places");
        }
    }

    String name() {
        return request.name();
    }

    /** Östersund's units at both scales, the county's other municipalities' units at county scale. */
    static List<DemoUnit> of(DemoScale scale) {
        boolean county = scale == DemoScale.COUNTY;
        List<DemoUnit> units = new ArrayList<>(List.of(
                new DemoUnit(own("Björkebo", UnitType.EMERGENCY, 12, null, false), county ? 9 : 5, 0, 3, 14, 2, 0),
                new DemoUnit(own("Skogsgläntan", UnitType.LOW_THRESHOLD, 14, 45, true), 14, county ? 6 : 3, 0, 240, 10,
                        30),
                new DemoUnit(own("Träningslägenheter Lugnvik", UnitType.TRAINING_FLAT, 6, null, true),
                        county ? 6 : 0, county ? 2 : 0, 0, 270, 20, 30),
                new DemoUnit(own("Stödboende Odenslund", UnitType.SUPPORTED, 8, null, true), county ? 8 : 0,
                        county ? 3 : 0, 0, 200, 15, 20),
                new DemoUnit(own("Bostad först Östersund", UnitType.HOUSING_FIRST, 10, null, true), county ? 10 : 4,
                        county ? 4 : 0, 0, 600, 45, 45),
                new DemoUnit(external("HVB Fjällgården", UnitType.EXTERNAL_HVB, 4, "Fjällgårdens behandlingshem AB",
                        "3400.00"), county ? 4 : 2, county ? 1 : 0, 0, 90, 10, 10),
                new DemoUnit(external("SiS LVM-hem", UnitType.EXTERNAL_SIS, 3, "Statens institutionsstyrelse",
                        "6100.00"), county ? 3 : 1, 0, 0, 150, 20, 5),
                new DemoUnit(external("Familjehem Jämtland", UnitType.FAMILY_HOME, 2, "Familjehemsenheten", "950.00"),
                        county ? 1 : 0, 0, 0, 180, 30, 20)));
        if (county) {
            units.addAll(List.of(
                    new DemoUnit(own("Akutboende Strömsund", UnitType.EMERGENCY, 8, null, false), 6, 0, 1, 14, 2, 0),
                    new DemoUnit(own("Lågtröskelboende Krokom", UnitType.LOW_THRESHOLD, 10, null, true), 10, 2, 0,
                            240, 10, 30),
                    new DemoUnit(own("Stödboende Frösön", UnitType.SUPPORTED, 10, null, true), 9, 0, 0, 200, 15, 20),
                    new DemoUnit(own("Bostad först Åre", UnitType.HOUSING_FIRST, 6, null, true), 5, 0, 0, 600, 45,
                            45)));
        }
        return units;
    }

    private static UnitRequest own(String name, UnitType type, int capacity, Integer minAge, boolean decision) {
        return new UnitRequest(name, type, capacity, minAge, decision, null, null);
    }

    private static UnitRequest external(String name, UnitType type, int capacity, String provider, String costPerDay) {
        return new UnitRequest(name, type, capacity, null, true, provider, new BigDecimal(costPerDay));
    }
}
