package se.huset.kit.consent;

import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

/** 403 of type consent-required: the record exists, but the reader's body has no consent covering it. */
public class ConsentRequiredException extends ProblemException {

    public ConsentRequiredException(OwnedRecord record) {
        super(new Problem(ProblemTypes.CONSENT_REQUIRED, "Consent required", 403,
                "This " + record.category().name().toLowerCase() + " data was recorded by " + record.owner()
                        + "; the client's consent covering it for your organisation is missing, expired or revoked.",
                null));
    }

    public ConsentRequiredException(AccessDecision decision) {
        super(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Client-level data is not available to you (" + decision.reason() + ").", null));
    }
}
