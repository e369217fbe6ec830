package se.huset.followup.schedule;

public enum FollowUpStatus {
    DUE, DONE, MISSED, DECLINED
}
