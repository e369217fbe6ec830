package se.huset.kit.timeline;

import java.util.List;
import java.util.UUID;

/**
 * One kind of record a service owns, as steps of a client's timeline: every record of the client, each with what the
 * consent rule needs to know about it. {@link ClientTimeline} screens, orders and pages them; a source only reads.
 */
public interface TimelineSource {

    List<TimelineItem> forClient(UUID clientId);
}
