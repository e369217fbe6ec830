package se.huset.followup.instrument;

import java.util.List;

/**
 * DUDIT as published (Berman et al. 2003): eleven items, 1–9 scored 0–4, 10–11 scored 0, 2 or 4; total 0–44.
 * Drug-related problems from 2 (women) or 6 (men); probable dependence from 25, whatever the sex.
 */
public final class DuditScoring {

    public static final int ITEMS = 11;
    static final int WOMEN_CUTOFF = 2;
    static final int MEN_CUTOFF = 6;
    static final int DEPENDENCE = 25;

    public Result score(List<Integer> answers, Sex sex) {
        int score = ItemScale.sum(answers, ITEMS, 9);
        Boolean above = switch (sex) {
            case FEMALE -> score >= WOMEN_CUTOFF;
            case MALE -> score >= MEN_CUTOFF;
            case UNKNOWN -> score >= MEN_CUTOFF ? Boolean.TRUE : score < WOMEN_CUTOFF ? Boolean.FALSE : null;
        };
        String level;
        if (score >= DEPENDENCE) {
            level = "PROBABLE_DEPENDENCE";
        } else if (above == null) {
            level = "SEX_UNKNOWN";
        } else {
            level = above ? "DRUG_RELATED_PROBLEMS" : "NO_DRUG_RELATED_PROBLEMS";
        }
        String note = above == null
                ? "sex unknown: the cut-off for drug-related problems (women >= 2, men >= 6) cannot be applied" : null;
        return new Result(score, level, above, note);
    }
}
