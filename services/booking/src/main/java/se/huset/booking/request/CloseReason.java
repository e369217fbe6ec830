package se.huset.booking.request;

/** Why a first-visit request was closed without a visit; the pages name them in Swedish (close.reason.*). */
public enum CloseReason {
    /** The client said no to a visit. */
    DECLINED,
    /** The client gets help elsewhere (another clinic, primary care, another municipality). */
    REACHED_ELSEWHERE,
    /** The same matter is already on the list. */
    DUPLICATE,
    /** Repeated attempts to reach the client failed. */
    NOT_REACHED
}
