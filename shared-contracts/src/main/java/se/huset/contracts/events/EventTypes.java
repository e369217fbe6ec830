package se.huset.contracts.events;

/** Names of the integration events on the feeds. Payload shapes are the records in this package. */
public final class EventTypes {
    public static final String CLIENT_REGISTERED = "ClientRegistered";
    public static final String CONTACT_REGISTERED = "ContactRegistered";
    public static final String CONTACT_TRIAGED = "ContactTriaged";
    public static final String CONTACT_LINKED = "ContactLinked";
    public static final String CONSENT_GRANTED = "ConsentGranted";
    public static final String CONSENT_REVOKED = "ConsentRevoked";
    public static final String CARE_RELATIONSHIP_CHANGED = "CareRelationshipChanged";
    public static final String APPOINTMENT_BOOKED = "AppointmentBooked";
    public static final String APPOINTMENT_ATTENDED = "AppointmentAttended";
    public static final String APPOINTMENT_NO_SHOW = "AppointmentNoShow";
    public static final String APPOINTMENT_CANCELLED = "AppointmentCancelled";
    public static final String PLACEMENT_STARTED = "PlacementStarted";
    public static final String PLACEMENT_MOVED = "PlacementMoved";
    public static final String PLACEMENT_ENDED = "PlacementEnded";
    public static final String HOUSING_LOST = "HousingLost";
    public static final String ENROLLMENT_STARTED = "EnrollmentStarted";
    public static final String ENROLLMENT_COMPLETED = "EnrollmentCompleted";
    public static final String ENROLLMENT_DROPPED_OUT = "EnrollmentDroppedOut";
    public static final String INVESTIGATION_OPENED = "InvestigationOpened";
    public static final String INVESTIGATION_CLOSED = "InvestigationClosed";
    public static final String DECISION_MADE = "DecisionMade";
    public static final String DECISION_ENFORCED = "DecisionEnforced";

    private EventTypes() {
    }
}
