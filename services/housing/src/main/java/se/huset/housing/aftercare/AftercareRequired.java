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

    private AftercareRequired() {
    }

    /** {@code required} is false only for a death (the ending reason says so). */
    public static List<Problem.FieldError> problems(boolean required, @Nullable AftercarePlan plan, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!required) {
            return errors;
        }
        AftercarePlan p = plan == null ? new AftercarePlan(null, null, null, null, null, null) : plan;
        if (blank(p.ownerStaff())) {
            errors.add(missing("ownerStaff"));
        }
        if (p.ownerOrg() == null) {
            errors.add(missing("ownerOrg"));
        }
        if (blank(p.nextHousing())) {
            errors.add(missing("nextHousing"));
        }
        if (blank(p.occupation())) {
            errors.add(missing("occupation"));
        }
        if (blank(p.network())) {
            errors.add(missing("network"));
        }
        if (p.followUpDate() == null) {
            errors.add(missing("followUpDate"));
        } else if (p.followUpDate().isBefore(today)) {
            errors.add(new Problem.FieldError("aftercare.followUpDate", "must be today or later"));
        }
        return errors;
    }

    private static Problem.FieldError missing(String field) {
        return new Problem.FieldError("aftercare." + field, "required: every move-out needs an aftercare plan");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
