package se.huset.followup.instrument;

import se.huset.kit.problem.ProblemException;

import java.util.List;
import java.util.Set;

/** The allowed answer values per item of a published instrument; anything else is refused, never clamped. */
final class ItemScale {

    static final Set<Integer> FIVE_STEP = Set.of(0, 1, 2, 3, 4);
    static final Set<Integer> THREE_STEP = Set.of(0, 2, 4);

    private ItemScale() {
    }

    /** Checks count and each value, then answers the sum. {@code fiveStepItems} come first, the rest score 0, 2 or 4. */
    static int sum(List<Integer> answers, int items, int fiveStepItems) {
        if (answers == null || answers.size() != items) {
            throw ProblemException.invalid("answers", "must have exactly " + items + " answers");
        }
        int sum = 0;
        for (int i = 0; i < items; i++) {
            Integer a = answers.get(i);
            Set<Integer> allowed = i < fiveStepItems ? FIVE_STEP : THREE_STEP;
            if (a == null || !allowed.contains(a)) {
                throw ProblemException.invalid("answers[" + i + "]",
                        "item " + (i + 1) + " scores " + (i < fiveStepItems ? "0, 1, 2, 3 or 4" : "0, 2 or 4"));
            }
            sum += a;
        }
        return sum;
    }
}
