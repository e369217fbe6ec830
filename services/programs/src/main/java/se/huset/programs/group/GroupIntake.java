package se.huset.programs.group;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a group can take one more participant now: never beyond its capacity, and a CLOSED group not after its
 * first session has begun (the cohort starts and ends together; ROLLING groups take people as places free up).
 */
public final class GroupIntake {

    public Optional<String> refusal(ProgramGroup.Intake intake, int capacity, int active, Optional<Instant> firstSession,
                                    Instant now) {
        if (active >= capacity) {
            return Optional.of("the group is full (" + capacity + " places); the client can wait for a place");
        }
        if (intake == ProgramGroup.Intake.CLOSED && firstSession.isPresent() && !now.isBefore(firstSession.get())) {
            return Optional.of("the group is closed and has already begun; choose a group with rolling intake or a later one");
        }
        return Optional.empty();
    }
}
