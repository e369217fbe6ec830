package se.huset.housing.unit;

/** Own housing (Björkebo, Skogsgläntan, flats) and external placements bought per day. */
public enum UnitType {
    EMERGENCY, LOW_THRESHOLD, TRAINING_FLAT, SUPPORTED, HOUSING_FIRST, EXTERNAL_HVB, EXTERNAL_SIS, FAMILY_HOME;

    public boolean external() {
        return this == EXTERNAL_HVB || this == EXTERNAL_SIS || this == FAMILY_HOME;
    }
}
