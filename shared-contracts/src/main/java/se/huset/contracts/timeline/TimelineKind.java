package se.huset.contracts.timeline;

/**
 * What a step in a client's timeline is, and the service that owns it: the client overview filters by these and
 * names each in the reader's language.
 */
public enum TimelineKind {
    /** intake: a contact from the phone line, a walk-in, a referral or a report. */
    CONTACT,
    /** intake: a contact's triage (urgency and pathway). */
    TRIAGE,
    /** booking: a first visit or an appointment, attended, missed or cancelled. */
    APPOINTMENT,
    /** booking: a request on the waiting list. */
    WAITING,
    /** programs: an enrolment in a programme, with its attendance. */
    ENROLMENT,
    /** housing: a housing decision. */
    HOUSING_DECISION,
    /** housing: a placement in a place, ended or live. */
    PLACEMENT,
    /** casework: an actualisation (aktualisering) and its förhandsbedömning. */
    ACTUALISATION,
    /** casework: an investigation (utredning) under SoL or LVM. */
    INVESTIGATION,
    /** casework: a decision on an intervention (biståndsbeslut), and its enforcement. */
    DECISION,
    /** followup: an AUDIT or DUDIT score. */
    ASSESSMENT,
    /** followup: a follow-up form on the schedule. */
    FOLLOWUP,
    /** followup: a coordinated individual plan (SIP). */
    SIP,
    /** followup: an open frequent-attender alert. */
    ALERT
}
