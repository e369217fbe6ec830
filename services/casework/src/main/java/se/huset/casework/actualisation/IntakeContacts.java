package se.huset.casework.actualisation;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ContactLinked;
import se.huset.contracts.events.ContactRegistered;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.security.Org;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads intake's feed for the contacts that make the Kommun responsible ({@link ResponsibilityRule}): each becomes
 * an actualisation in social services' queue, once; a contact identified later is linked to its client.
 */
@Singleton
public class IntakeContacts extends FeedSubscription {

    /** The name of this subscription's cursor ({@code DemoFeeds} waits on it). */
    public static final String CURSOR = "intake/contacts";

    private final JdbcOperations jdbc;
    private final EventPayloads payloads;
    private final ActualisationRepository actualisations;

    public IntakeContacts(JdbcOperations jdbc, EventPayloads payloads, ActualisationRepository actualisations,
                          @Value("${huset.intake-url}") String baseUrl) {
        super("intake", CURSOR, baseUrl);
        this.jdbc = jdbc;
        this.payloads = payloads;
        this.actualisations = actualisations;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        switch (event.type()) {
            case EventTypes.CONTACT_REGISTERED -> registered(payloads.read(event, ContactRegistered.class));
            case EventTypes.CONTACT_TRIAGED -> triaged(payloads.read(event, ContactTriaged.class));
            case EventTypes.CONTACT_LINKED -> linked(payloads.read(event, ContactLinked.class));
            default -> {
            }
        }
    }

    private void registered(ContactRegistered c) {
        jdbc.prepareStatement("""
                insert into intake_contact (contact_id, client_id, kind, referrer, owner_org, registered_at)
                values (?, ?, ?, ?, ?, ?) on conflict (contact_id) do nothing""", ps -> {
            ps.setObject(1, c.contactId());
            ps.setObject(2, c.clientId());
            ps.setString(3, c.kind());
            ps.setString(4, c.referrer());
            ps.setString(5, c.ownerOrg());
            ps.setTimestamp(6, Timestamp.from(c.registeredAt()));
            return ps.executeUpdate();
        });
        ResponsibilityRule.onRegistration(ContactKind.valueOf(c.kind()), Org.valueOf(c.ownerOrg()))
                .ifPresent(source -> actualisations.insertOnce(new Actualisation(UUID.randomUUID(), c.contactId(),
                        c.clientId(), source, c.referrer(), c.registeredAt(), null, null, null, null)));
    }

    private void triaged(ContactTriaged t) {
        if (!t.responsibleOrgs().contains(Org.KOMMUN.name())) {
            return;
        }
        known(t.contactId()).ifPresent(c -> actualisations.insertOnce(new Actualisation(UUID.randomUUID(),
                t.contactId(), t.clientId() != null ? t.clientId() : c.clientId(), ResponsibilityRule.onTriage(c.kind()),
                c.referrer(), t.registeredAt(), null, null, null, null)));
    }

    private void linked(ContactLinked l) {
        jdbc.prepareStatement("update intake_contact set client_id = ? where contact_id = ?", ps -> {
            ps.setObject(1, l.clientId());
            ps.setObject(2, l.contactId());
            return ps.executeUpdate();
        });
        actualisations.linkClient(l.contactId(), l.clientId());
    }

    private record Known(UUID clientId, ContactKind kind, String referrer) {
    }

    private Optional<Known> known(UUID contactId) {
        return jdbc.prepareStatement("select client_id, kind, referrer from intake_contact where contact_id = ?", ps -> {
            ps.setObject(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Known(rs.getObject(1, UUID.class), ContactKind.valueOf(rs.getString(2)),
                        rs.getString(3))) : Optional.empty();
            }
        });
    }
}
