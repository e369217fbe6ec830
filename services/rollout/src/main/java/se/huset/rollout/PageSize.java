package se.huset.rollout;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.ProblemException;

/** The {@code limit} of a paged list: 1–200, 50 when absent; anything else is 400 naming the parameter. */
public final class PageSize {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageSize() {
    }

    public static int of(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX);
    }
}
