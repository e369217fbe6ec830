package se.huset.contracts.timeline;

/**
 * What a step in a client's timeline is, and the service that owns it: the client overview filters by these and
 * names each in the reader's language.
 */
public enum TimelineKind {
    /** intake: a contact from the phone line, a walk-in, a referral or a report. */
    CONTACT("intake"),
    /** intake: a contact's triage (urgency and pathway). */
    TRIAGE("intake"),
    /** booking: a first visit or an appointment, attended, missed or cancelled. */
    APPOINTMENT("booking"),
    /** booking: a request on the waiting list. */
    WAITING("booking"),
    /** programs: an enrolment in a programme, with its attendance. */
    ENROLMENT("programs"),
    /** housing: a placement in a place, ended or live. */
    PLACEMENT("housing"),
    /** casework: an actualisation (aktualisering) and its förhandsbedömning. */
    ACTUALISATION("casework"),
    /** casework: an investigation (utredning) under SoL or LVM. */
    INVESTIGATION("casework"),
    /** casework: a decision on an intervention (biståndsbeslut), and its enforcement. */
    DECISION("casework"),
    /** followup: an AUDIT or DUDIT score. */
    ASSESSMENT("followup"),
    /** followup: a follow-up form on the schedule. */
    FOLLOWUP("followup"),
    /** followup: a coordinated individual plan (SIP). */
    SIP("followup"),
    /** followup: an open frequent-attender alert. */
    ALERT("followup");

    private final String service;

    TimelineKind(String service) {
        this.service = service;
    }

    /** The service that owns this kind of step and serves it in its {@code /clients/{id}/timeline}. */
    public String service() {
        return service;
    }
}
