package se.huset.rollout.plan;

/** Where a milestone or an action plan stands. */
public enum Status {
    NOT_STARTED, IN_PROGRESS, DONE, AT_RISK, BLOCKED
}
