package se.huset.casework.decision;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EnrollmentStarted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.PlacementMoved;
import se.huset.contracts.events.PlacementStarted;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;
import se.huset.kit.time.ClinicTime;


/**
 * Verkställighet read from the services that give the interventions: a decision is enforced the day the client
 * moved into the place it granted (housing's feed) or began the programme it granted (programs' feed), so the IVO
 * list of decisions not enforced in three months (SoL 16:6 f) empties without anyone re-typing the day.
 */
public final class InterventionsStarted {

    private InterventionsStarted() {
    }

    /** Housing's placements: a move-in, or a move to a unit under a new decision. */
    @Singleton
    public static class Placements extends FeedSubscription {

        private final RecordingDecision recording;
        private final EventPayloads payloads;

        public Placements(RecordingDecision recording, EventPayloads payloads,
                          @Value("${huset.housing-url}") String baseUrl) {
            super("housing", "housing/placements", baseUrl);
            this.recording = recording;
            this.payloads = payloads;
        }

        @Override
        public void handle(FeedEvent event) {
            switch (event.type()) {
                case EventTypes.PLACEMENT_STARTED -> {
                    PlacementStarted p = payloads.read(event, PlacementStarted.class);
                    if (p.decisionId() != null) {
                        recording.startedElsewhere(p.decisionId(), p.clientId(),
                                p.placedAt().atZone(ClinicTime.ZONE).toLocalDate());
                    }
                }
                case EventTypes.PLACEMENT_MOVED -> {
                    PlacementMoved m = payloads.read(event, PlacementMoved.class);
                    if (m.decisionId() != null) {
                        recording.startedElsewhere(m.decisionId(), m.clientId(),
                                m.movedAt().atZone(ClinicTime.ZONE).toLocalDate());
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Programs' enrolments: a Kommun enrolment that names the decision it carries out. */
    @Singleton
    public static class Enrolments extends FeedSubscription {

        private final RecordingDecision recording;
        private final EventPayloads payloads;

        public Enrolments(RecordingDecision recording, EventPayloads payloads,
                          @Value("${huset.programs-url}") String baseUrl) {
            super("programs", "programs/enrolments", baseUrl);
            this.recording = recording;
            this.payloads = payloads;
        }

        @Override
        public void handle(FeedEvent event) {
            if (EventTypes.ENROLLMENT_STARTED.equals(event.type())) {
                EnrollmentStarted e = payloads.read(event, EnrollmentStarted.class);
                if (e.decisionId() != null) {
                    recording.startedElsewhere(e.decisionId(), e.clientId(), e.startedOn());
                }
            }
        }
    }
}
