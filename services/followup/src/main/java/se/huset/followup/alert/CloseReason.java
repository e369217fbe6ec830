package se.huset.followup.alert;

/**
 * Why an alert was closed. Staff choose one when they close it; the sweep closes by itself with CONTACT_MADE (the
 * client was seen after the event), FIRST_VISIT_BOOKED, CLIENT_DECLINED (the programme's end follow-up was
 * declined) or NOT_RELEVANT (the contact was triaged again to advice only).
 */
public enum CloseReason {
    AFTERCARE_ARRANGED, CONTACT_MADE, FIRST_VISIT_BOOKED, CLIENT_DECLINED, MOVED_AWAY, NOT_RELEVANT;
}
