package se.huset.housing.aftercare;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * No move-out without aftercare: every ending but a death needs a complete plan with a named owner, and its
 * follow-up lies ahead. Answers the missing or wrong fields, each named as the client sent it.
 */
public final class AftercareRequired {

    static final int OWNER_MAX = 120;
    static final int TEXT_MAX = 500;

    private AftercareRequired() {
    }

    /** {@code required} is false only for a death (the ending reason says so). */
    public static List<Problem.FieldError> problems(boolean required, @Nullable AftercarePlan plan, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!required) {
            return errors;
        }
        AftercarePlan p = plan == null ? new AftercarePlan(null, null, null, null, null, null) : plan;
        text(errors, "ownerStaff", p.ownerStaff(), OWNER_MAX);
        if (p.ownerOrg() == null) {
            errors.add(missing("ownerOrg"));
        }
        text(errors, "nextHousing", p.nextHousing(), TEXT_MAX);
        text(errors, "occupation", p.occupation(), TEXT_MAX);
        text(errors, "network", p.network(), TEXT_MAX);
        if (p.followUpDate() == null) {
            errors.add(missing("followUpDate"));
        } else if (p.followUpDate().isBefore(today)) {
            errors.add(new Problem.FieldError("aftercare.followUpDate", "must be today or later"));
        }
        return errors;
    }

    private static void text(List<Problem.FieldError> errors, String field, @Nullable String value, int max) {
        if (blank(value)) {
            errors.add(missing(field));
        } else if (value.length() > max) {
            errors.add(new Problem.FieldError("aftercare." + field, "at most " + max + " characters"));
        }
    }

    private static Problem.FieldError missing(String field) {
        return new Problem.FieldError("aftercare." + field, "required: every move-out needs an aftercare plan");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
