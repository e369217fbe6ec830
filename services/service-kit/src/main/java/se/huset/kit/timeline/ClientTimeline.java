package se.huset.kit.timeline;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelinePage;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.AccessDecision;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.security.Staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service's part of a client's timeline, as the reader may see it: every {@link TimelineSource} of the service
 * read, screened by the consent rule, ordered newest first and paged by {@link TimelineQuery}. What the reader may not
 * see is counted by body, category and reason over the whole timeline, so the overview names it on every page. Each
 * step shown is in the audit log; each one withheld is too, once, on the first page.
 */
@Singleton
public class ClientTimeline {

    static final String ACTION = "TIMELINE";

    private final List<TimelineSource> sources;
    private final ConsentGuard guard;
    private final AuditLog audit;

    public ClientTimeline(List<TimelineSource> sources, ConsentGuard guard, AuditLog audit) {
        this.sources = sources;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    public TimelinePage page(Staff reader, UUID clientId, TimelineQuery query) {
        List<TimelineItem> items = sources.stream().flatMap(s -> s.forClient(clientId).stream())
                .filter(i -> query.matches(i.entry()))
                .sorted(Comparator.comparing(TimelineItem::entry, TimelineQuery.NEWEST_FIRST))
                .toList();
        List<AccessDecision> decisions = guard.decide(reader, items.stream().map(TimelineItem::record).toList());
        List<TimelineEntry> page = new ArrayList<>();
        List<AuditEntry> logged = new ArrayList<>();
        Map<Why, Integer> withheld = new LinkedHashMap<>();
        boolean more = false;
        for (int i = 0; i < items.size(); i++) {
            TimelineItem item = items.get(i);
            AccessDecision decision = decisions.get(i);
            if (!decision.allowed()) {
                withheld.merge(new Why(item.record().owner(), item.record().category(), decision.reason()), 1,
                        Integer::sum);
                if (query.firstPage()) {
                    logged.add(entry(reader, clientId, item, decision, AuditEntry.Outcome.DENIED));
                }
            } else if (query.after(item.entry())) {
                if (page.size() == query.limit()) {
                    more = true;
                } else {
                    page.add(item.entry());
                    logged.add(entry(reader, clientId, item, decision, AuditEntry.Outcome.ALLOWED));
                }
            }
        }
        audit.record(logged);
        return new TimelinePage(page, withheld.entrySet().stream()
                .map(w -> new TimelineWithheld(w.getKey().body(), w.getKey().category(), w.getKey().reason().name(),
                        w.getValue()))
                .toList(), more);
    }

    /** Why records were withheld: the withheld list counts them by this. */
    private record Why(Org body, DataCategory category, AccessDecision.Reason reason) {
    }

    private static AuditEntry entry(Staff reader, UUID clientId, TimelineItem item, AccessDecision decision,
                                    AuditEntry.Outcome outcome) {
        return AuditEntry.of(reader, clientId, ACTION, item.record().resource(), decision.basis(), outcome);
    }
}
