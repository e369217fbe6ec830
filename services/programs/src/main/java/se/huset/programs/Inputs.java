package se.huset.programs;

import se.huset.kit.problem.ProblemException;

import java.util.UUID;

/** Reads identifiers from requests strictly, naming the field on failure rather than the whole request. */
public final class Inputs {

    private Inputs() {
    }

    public static UUID uuid(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }
}
