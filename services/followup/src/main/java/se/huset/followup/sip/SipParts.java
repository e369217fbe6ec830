package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parts of a SIP beyond its status: who takes part, the goals, and who does what. */
public final class SipParts {

    private SipParts() {
    }

    /** Which side a participant comes from; staff of the other body need the client's consent. */
    public enum Party { REGION, KOMMUN, CLIENT, RELATIVE, OTHER }

    @Serdeable
    public record Participant(UUID id, String name, String function, Party party) {
    }

    @Serdeable
    public record Goal(UUID id, String text) {
    }

    /** One task, its responsible participant named for the reader; overdue when its day has passed undone. */
    @Serdeable
    public record Task(UUID id, @Nullable UUID goalId, String what, UUID participantId, String responsible, Party party,
                       @Nullable LocalDate dueOn, boolean done, boolean overdue) {
    }

    /** A whole plan as its page and its API show it. */
    @Serdeable
    public record Detail(SipPlan plan, List<Participant> participants, List<Goal> goals, List<Task> tasks) {
    }
}
