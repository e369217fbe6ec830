package se.huset.kit.timeline;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;

import java.time.Instant;
import java.util.Comparator;

/**
 * Which part of a client's timeline to read: steps older than {@code before} (a cursor of the last step already
 * shown), of one kind and one body or all, at most {@code limit}. Newest first, ties broken by id, in every service
 * alike, so the overview can merge the services' pages and hand out one cursor for all of them.
 */
public record TimelineQuery(@Nullable Cursor before, @Nullable TimelineKind kind, @Nullable Org body, int limit) {

    /** Newest first; of two steps at the same instant, the greater id first. */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::id).reversed();

    /** At most this many steps a page: a frequent attender's year fits in a few pages. */
    public static final int MAX_LIMIT = 100;

    static final int DEFAULT_LIMIT = 25;

    /** The first page of every kind and body. */
    public static final TimelineQuery NEWEST = new TimelineQuery(null, null, null, DEFAULT_LIMIT);

    /** The query of {@code ?before=&kind=&body=&limit=}; a bad value answers 400 naming its parameter. */
    public static TimelineQuery parse(@Nullable String before, @Nullable String kind, @Nullable String body,
                                      @Nullable String limit) {
        return new TimelineQuery(Cursor.parse("before", before, 2).orElse(null),
                ListParams.choice("kind", kind, TimelineKind.class), ListParams.choice("body", body, Org.class),
                ListParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    /** The cursor that leads on after {@code last}. */
    public static String cursorAfter(TimelineEntry last) {
        return Cursor.after(last.at(), last.id()).encode();
    }

    public boolean firstPage() {
        return before == null;
    }

    /** Of the kind and body asked for (the cursor aside). */
    public boolean matches(TimelineEntry entry) {
        return (kind == null || entry.kind() == kind) && (body == null || entry.body() == body);
    }

    /** Older than the cursor: not yet shown. */
    public boolean after(TimelineEntry entry) {
        if (before == null) {
            return true;
        }
        Instant at = before.instant(0);
        int byTime = entry.at().compareTo(at);
        return byTime < 0 || byTime == 0 && entry.id().compareTo(before.text(1)) < 0;
    }
}
