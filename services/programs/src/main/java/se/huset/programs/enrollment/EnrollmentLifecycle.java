package se.huset.programs.enrollment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The enrollment's state machine: REFERRED → WAITING → ACTIVE → COMPLETED | DROPPED_OUT, and TRANSFERRED or
 * CANCELLED on the way. Ended enrollments never change again: an outcome that was counted stays counted.
 */
public final class EnrollmentLifecycle {

    public enum Step {
        WAIT(EnrollmentStatus.WAITING, EnumSet.of(EnrollmentStatus.REFERRED)),
        START(EnrollmentStatus.ACTIVE, EnumSet.of(EnrollmentStatus.REFERRED, EnrollmentStatus.WAITING)),
        COMPLETE(EnrollmentStatus.COMPLETED, EnumSet.of(EnrollmentStatus.ACTIVE)),
        DROP_OUT(EnrollmentStatus.DROPPED_OUT, EnumSet.of(EnrollmentStatus.ACTIVE)),
        // a transfer can happen at any point before the end: the client continues elsewhere
        TRANSFER(EnrollmentStatus.TRANSFERRED, EnumSet.of(EnrollmentStatus.REFERRED, EnrollmentStatus.WAITING,
                EnrollmentStatus.ACTIVE)),
        // a cancellation means the programme never began, so it is refused once the client has started
        CANCEL(EnrollmentStatus.CANCELLED, EnumSet.of(EnrollmentStatus.REFERRED, EnrollmentStatus.WAITING));

        private final EnrollmentStatus target;
        private final Set<EnrollmentStatus> from;

        Step(EnrollmentStatus target, Set<EnrollmentStatus> from) {
            this.target = target;
            this.from = from;
        }
    }

    /** The status after {@code step}, or {@link IllegalTransition} when the step is not allowed from {@code current}. */
    public EnrollmentStatus next(EnrollmentStatus current, Step step) {
        if (!step.from.contains(current)) {
            throw new IllegalTransition(current, step);
        }
        return step.target;
    }

    public static final class IllegalTransition extends RuntimeException {

        public IllegalTransition(EnrollmentStatus current, Step step) {
            super("an enrollment that is " + current + " cannot " + step.name().toLowerCase().replace('_', ' '));
        }
    }
}
