package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The steering group edits a milestone: status, evidence, and for decision milestones the decision and its date.
 * Each changed field is written to the history in the same transaction as the change.
 */
@Singleton
public class EditingMilestone {

    static final int MAX_TEXT = 4000;

    private final PlanRepository plan;
    private final Clock clock;

    public EditingMilestone(PlanRepository plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    @Transactional
    public Milestone edit(Staff staff, String code, EditMilestoneRequest request) {
        Milestone before = plan.lock(code).orElseThrow(() -> ProblemException.notFound("Milestone " + code));
        Status status = request.status() == null ? before.status() : status(request.status());
        String evidence = request.evidence() == null ? before.evidence() : text("evidence", request.evidence());
        String decision = request.decision() == null ? before.decision() : text("decision", request.decision());
        LocalDate decidedOn = request.decidedOn() == null ? before.decidedOn() : date(request.decidedOn());
        if (!before.decisionRequired() && (decision != null || decidedOn != null)) {
            String field = decision != null ? "decision" : "decidedOn";
            throw ProblemException.invalid(field, "only decision milestones record a decision");
        }
        if (decision != null && decidedOn == null) {
            throw ProblemException.invalid("decidedOn", "must be given with the decision");
        }
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("decidedOn", "must not be in the future");
        }
        Instant now = clock.instant();
        String by = staff.username();
        change(code, now, by, "status", before.status().name(), status.name());
        change(code, now, by, "evidence", before.evidence(), evidence);
        change(code, now, by, "decision", before.decision(), decision);
        change(code, now, by, "decidedOn", str(before.decidedOn()), str(decidedOn));
        plan.update(code, status, evidence, decision, decidedOn, by, now);
        return plan.one(code).orElseThrow();
    }

    private void change(String code, Instant at, String by, String field, @Nullable String from, @Nullable String to) {
        if (!Objects.equals(from, to)) {
            plan.recordChange(code, at, by, field, from, to);
        }
    }

    static Status status(String value) {
        try {
            return Status.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of NOT_STARTED, IN_PROGRESS, DONE, AT_RISK, BLOCKED");
        }
    }

    /** Blank clears the field. */
    @Nullable
    private static String text(String field, String value) {
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw ProblemException.invalid(field, "must be at most " + MAX_TEXT + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    @Nullable
    private static LocalDate date(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("decidedOn", "must be a date (YYYY-MM-DD)");
        }
    }

    @Nullable
    private static String str(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
