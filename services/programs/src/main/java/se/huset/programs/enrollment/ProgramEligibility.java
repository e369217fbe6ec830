package se.huset.programs.enrollment;

import se.huset.contracts.security.Org;
import se.huset.programs.catalog.Program;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who may be enrolled in a programme, and how: the age limit (HAP is for adults), the format (an individual-only
 * programme has no groups) and the bodies that deliver it. Answers the reason for a refusal, in words staff can act on.
 */
public final class ProgramEligibility {

    /**
     * @param age   the client's age today, empty when intake has not told us the birth date (yet)
     * @param group whether the enrollment places the client in a group
     */
    public Optional<String> refusal(Program program, OptionalInt age, boolean group, Org enrollingOrg) {
        if (!program.orgs().contains(enrollingOrg.name())) {
            return Optional.of(program.name() + " is not delivered by " + enrollingOrg + " (delivered by "
                    + String.join(", ", program.orgs()) + ")");
        }
        if (group && !program.inGroups()) {
            return Optional.of(program.name() + " is delivered individually, not in groups");
        }
        if (program.minAge() != null) {
            if (age.isEmpty()) {
                return Optional.of("the client's age is not known yet, and " + program.name() + " is for ages "
                        + program.minAge() + " and over; the birth date comes from the client registry at intake");
            }
            if (age.getAsInt() < program.minAge()) {
                return Optional.of(program.name() + " is for ages " + program.minAge() + " and over; the client is "
                        + age.getAsInt());
            }
        }
        return Optional.empty();
    }
}
