package se.huset.programs.enrollment;

public enum EnrollmentStatus {
    REFERRED, WAITING, ACTIVE, COMPLETED, DROPPED_OUT, TRANSFERRED, CANCELLED;

    /** Still under way: referred, waiting for a place, or taking part. */
    public boolean open() {
        return this == REFERRED || this == WAITING || this == ACTIVE;
    }
}
