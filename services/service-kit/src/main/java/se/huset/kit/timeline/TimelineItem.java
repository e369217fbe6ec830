package se.huset.kit.timeline;

import se.huset.contracts.timeline.TimelineEntry;
import se.huset.kit.consent.OwnedRecord;

/** A step of a client's timeline and the record it shows, which decides who may see it. */
public record TimelineItem(TimelineEntry entry, OwnedRecord record) {
}
