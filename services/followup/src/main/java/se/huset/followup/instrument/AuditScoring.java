package se.huset.followup.instrument;

import java.util.List;

/**
 * AUDIT as published (WHO 2001): ten items, 1–8 scored 0–4, 9–10 scored 0, 2 or 4; total 0–40. Risk by WHO zone
 * I 0–7, II 8–15, III 16–19, IV 20–40, and by the Swedish cut-off for risky drinking: women 6 or more, men 8 or more.
 */
public final class AuditScoring {

    public static final int ITEMS = 10;
    static final int WOMEN_CUTOFF = 6;
    static final int MEN_CUTOFF = 8;

    public Result score(List<Integer> answers, Sex sex) {
        int score = ItemScale.sum(answers, ITEMS, 8);
        return new Result(score, zone(score), aboveCutoff(score, sex), note(score, sex));
    }

    static String zone(int score) {
        if (score <= 7) {
            return "ZONE_I";
        }
        if (score <= 15) {
            return "ZONE_II";
        }
        return score <= 19 ? "ZONE_III" : "ZONE_IV";
    }

    /** With sex unknown the answer is still certain outside 6–7, where both cut-offs agree. */
    static Boolean aboveCutoff(int score, Sex sex) {
        return switch (sex) {
            case FEMALE -> score >= WOMEN_CUTOFF;
            case MALE -> score >= MEN_CUTOFF;
            case UNKNOWN -> score >= MEN_CUTOFF ? Boolean.TRUE : score < WOMEN_CUTOFF ? Boolean.FALSE : null;
        };
    }

    private static String note(int score, Sex sex) {
        if (sex == Sex.UNKNOWN && aboveCutoff(score, sex) == null) {
            return "sex unknown: the Swedish risk cut-off (women >= 6, men >= 8) cannot be applied";
        }
        return null;
    }
}
