package se.huset.housing.placement;

import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

/** 422: the client may not live in the unit, with the reason; pages show the reason in Swedish by its code. */
public class NotEligible extends ProblemException {

    private final transient PlacementEligibility.Refusal refusal;

    public NotEligible(PlacementEligibility.Refusal refusal) {
        super(new Problem(ProblemTypes.UNPROCESSABLE, "Not eligible", 422, refusal.detail(), null));
        this.refusal = refusal;
    }

    public PlacementEligibility.Refusal refusal() {
        return refusal;
    }
}
