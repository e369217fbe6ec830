package se.huset.intake.contact;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A client's contacts in the overview: each contact when it came in (its kind, its state, closed with the reason),
 * and its triage when it was triaged (urgency and pathway).
 */
@Singleton
class ContactsInTimeline implements TimelineSource {

    private final ContactRepository contacts;

    ContactsInTimeline(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        List<TimelineItem> items = new ArrayList<>();
        for (Contact c : contacts.forClientSince(clientId, Instant.EPOCH)) {
            // a waiting contact is worked on the triage board; a triaged or closed one is all here
            String link = c.status() == Contact.Status.NEW ? "/intake/triage" : null;
            String status = c.closedReason() != null ? c.closedReason().name() : c.status().name();
            items.add(new TimelineItem(new TimelineEntry(c.asRecord().resource(), c.registeredAt(), false,
                    TimelineKind.CONTACT, c.ownerOrg(), c.kind().name(), status, null, null, link), c.asRecord()));
            if (c.triagedAt() != null) {
                items.add(new TimelineItem(new TimelineEntry(c.asRecord().resource() + "/triage", c.triagedAt(), false,
                        TimelineKind.TRIAGE, c.ownerOrg(), c.urgency() == null ? null : c.urgency().name(),
                        c.pathway() == null ? null : c.pathway().name(), null, null, null), c.asRecord()));
            }
        }
        return items;
    }
}
