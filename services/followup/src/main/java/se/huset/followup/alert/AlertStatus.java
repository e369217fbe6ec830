package se.huset.followup.alert;

/** OPEN until someone acknowledges it (has seen it and is on it), CLOSED with a reason when dealt with. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, CLOSED
}
