package se.huset.housing.decision;

import se.huset.housing.unit.UnitType;

import java.util.Arrays;
import java.util.Optional;

/**
 * Casework's interventions that are a place to live (its {@code Intervention} of the same names): housing, an HVB
 * home, a family home, care under LVM (a SiS home). The rest of casework's decisions are not housing's.
 */
public enum Intervention {
    HOUSING, HVB, FAMILY_HOME, LVM_CARE;

    /** The housing intervention of casework's name, if it is one. */
    public static Optional<Intervention> of(String casework) {
        return Arrays.stream(values()).filter(i -> i.name().equals(casework)).findFirst();
    }

    /** The intervention a place in a unit of this type carries out. */
    public static Intervention carriedOutIn(UnitType type) {
        return switch (type) {
            case EXTERNAL_HVB -> HVB;
            case EXTERNAL_SIS -> LVM_CARE;
            case FAMILY_HOME -> FAMILY_HOME;
            case EMERGENCY, LOW_THRESHOLD, TRAINING_FLAT, SUPPORTED, HOUSING_FIRST -> HOUSING;
        };
    }
}
