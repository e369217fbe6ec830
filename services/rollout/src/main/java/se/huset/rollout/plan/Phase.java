package se.huset.rollout.plan;

/** The four phases of seed 001 §7.1, each a window of months after the start of year 1. */
public enum Phase {
    YEAR1_STEP1(0, 6), YEAR1_STEP2(6, 12), YEAR2(12, 24), YEAR3(24, 36);

    private final int fromMonth;
    private final int toMonth;

    Phase(int fromMonth, int toMonth) {
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
    }

    public int fromMonth() {
        return fromMonth;
    }

    public int toMonth() {
        return toMonth;
    }
}
