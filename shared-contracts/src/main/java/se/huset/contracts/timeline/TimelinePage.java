package se.huset.contracts.timeline;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of one service's part of a client's timeline, newest first ({@code GET /api/<service>/clients/{id}/timeline
 * ?before=&limit=&kind=&body=}): the steps the reader may see, what was withheld from the whole timeline and
 * whether older steps follow.
 */
@Serdeable
public record TimelinePage(List<TimelineEntry> entries, List<TimelineWithheld> withheld, boolean more) {
}
