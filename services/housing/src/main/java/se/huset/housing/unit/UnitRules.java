package se.huset.housing.unit;

import se.huset.kit.problem.ProblemException;

/** What makes a unit consistent: external placements are bought, so they name who sells them and at what price. */
public final class UnitRules {

    private UnitRules() {
    }

    public static void check(UnitRequest request) {
        boolean hasProvider = request.provider() != null && !request.provider().isBlank();
        if (request.type().external()) {
            if (!hasProvider) {
                throw ProblemException.invalid("provider", "an external placement names its provider");
            }
            if (request.costPerDay() == null) {
                throw ProblemException.invalid("costPerDay", "an external placement has a cost per day");
            }
        } else if (request.costPerDay() != null) {
            throw ProblemException.invalid("costPerDay", "only external placements have a cost per day");
        }
    }
}
