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

    private ConsentRequiredException(Problem problem) {
        super(problem);
    }

    /** 403 of type need-to-know: the reader's own body holds the record, but the reader has no care relationship. */
    static ConsentRequiredException needToKnow(OwnedRecord record) {
        return new ConsentRequiredException(new Problem(ProblemTypes.NEED_TO_KNOW, "No care relationship", 403,
                "This " + record.category().name().toLowerCase() + " data is for the staff who work with the client"
                        + " (coordinator, treatment team, the unit that took the contact). Ask to be added to the"
                        + " client's care team, or use emergency access if care cannot wait.", null));
    }

    public ConsentRequiredException(AccessDecision decision) {
        super(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Client-level data is not available to you (" + decision.reason() + ").", null));
    }
}
