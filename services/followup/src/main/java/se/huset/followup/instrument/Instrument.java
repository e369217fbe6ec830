package se.huset.followup.instrument;

import java.util.List;

public enum Instrument {
    AUDIT, DUDIT;

    public Result score(List<Integer> answers, Sex sex) {
        return this == AUDIT ? new AuditScoring().score(answers, sex) : new DuditScoring().score(answers, sex);
    }
}
