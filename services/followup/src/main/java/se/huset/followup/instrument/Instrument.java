package se.huset.followup.instrument;

import java.util.List;

public enum Instrument {
    AUDIT, DUDIT;

    /** The highest total: every item scores at most 4 (AUDIT 40, DUDIT 44). */
    public int maxScore() {
        return 4 * (this == AUDIT ? AuditScoring.ITEMS : DuditScoring.ITEMS);
    }

    public Result score(List<Integer> answers, Sex sex) {
        return this == AUDIT ? new AuditScoring().score(answers, sex) : new DuditScoring().score(answers, sex);
    }
}
