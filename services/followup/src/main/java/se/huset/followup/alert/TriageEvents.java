package se.huset.followup.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ContactLinked;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.intake.Pathway;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.sql.Timestamp;

/**
 * Reads intake's feed for triaged contacts that a body takes on: each must get its first visit by a due time that
 * follows its urgency. A contact triaged again keeps its latest urgency; one identified later is linked to its client.
 */
@Singleton
public class TriageEvents extends FeedSubscription {

    private final JdbcOperations jdbc;
    private final EventPayloads payloads;

    public TriageEvents(JdbcOperations jdbc, EventPayloads payloads, @Value("${huset.intake-url}") String baseUrl) {
        super("intake", "intake/triage", baseUrl);
        this.jdbc = jdbc;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.CONTACT_TRIAGED.equals(event.type())) {
            triaged(payloads.read(event, ContactTriaged.class));
        } else if (EventTypes.CONTACT_LINKED.equals(event.type())) {
            ContactLinked l = payloads.read(event, ContactLinked.class);
            jdbc.prepareStatement("update triaged_contact set client_id = ? where contact_id = ?", ps -> {
                ps.setObject(1, l.clientId());
                ps.setObject(2, l.contactId());
                return ps.executeUpdate();
            });
        }
    }

    /** Advice only (no body takes the matter on) needs no visit. */
    private void triaged(ContactTriaged t) {
        Pathway pathway = Pathway.valueOf(t.pathway());
        if (pathway.runBy() == null) {
            jdbc.prepareStatement("delete from triaged_contact where contact_id = ?", ps -> {
                ps.setObject(1, t.contactId());
                return ps.executeUpdate();
            });
            return;
        }
        jdbc.prepareStatement("""
                insert into triaged_contact (contact_id, client_id, owner_org, urgency, registered_at, triaged_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (contact_id) do update set client_id = coalesce(excluded.client_id, triaged_contact.client_id),
                    owner_org = excluded.owner_org, urgency = excluded.urgency, triaged_at = excluded.triaged_at""", ps -> {
            ps.setObject(1, t.contactId());
            ps.setObject(2, t.clientId());
            ps.setString(3, pathway.runBy().name());
            ps.setString(4, t.urgency());
            ps.setTimestamp(5, Timestamp.from(t.registeredAt()));
            ps.setTimestamp(6, Timestamp.from(t.triagedAt()));
            return ps.executeUpdate();
        });
    }
}
