package se.huset.intake.contact;

/**
 * Why a waiting contact left the triage board without triage: there was nothing to assess. Anything that needs
 * an assessment is triaged instead, so the reasons are few and say plainly what happened.
 */
public enum CloseReason {
    /** The same matter is already registered (a second call about it, or registered twice). */
    DUPLICATE,
    /** The caller reached the wrong place or dialled the wrong number. */
    WRONG_NUMBER,
    /** Reception tried and could not reach the person. */
    NO_CONTACT,
    /** The person no longer wants help or withdrew the application. */
    WITHDRAWN,
    /** The matter is already handled by another unit or body. */
    HANDLED_ELSEWHERE
}
