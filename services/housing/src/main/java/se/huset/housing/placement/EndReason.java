package se.huset.housing.placement;

/** Why a placement ended. Losing the place against the plan raises an alarm: that is where people fall out. */
public enum EndReason {
    PLANNED_OWN_HOUSING, MOVED_TO_TREATMENT, BARRED_AFTER_RELAPSE, EVICTED, HOSPITAL, PRISON, LEFT, DECEASED;

    public boolean requiresAftercare() {
        return this != DECEASED;
    }

    public boolean housingLost() {
        return this == BARRED_AFTER_RELAPSE || this == EVICTED;
    }
}
