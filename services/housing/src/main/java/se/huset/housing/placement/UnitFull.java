package se.huset.housing.placement;

import se.huset.contracts.problem.ProblemTypes;
import se.huset.housing.unit.Unit;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

/** 409: every place of the unit is taken. */
public class UnitFull extends ProblemException {

    public UnitFull(Unit unit) {
        super(new Problem(ProblemTypes.CONFLICT, "Unit full", 409, unit.name() + " is full (" + unit.capacity()
                + " places). Ask with \"queue\": true to put the client on its waiting list.", null));
    }
}
