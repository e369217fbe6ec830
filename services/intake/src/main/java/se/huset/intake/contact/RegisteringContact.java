package se.huset.intake.contact;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ContactLinked;
import se.huset.contracts.events.ContactRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.intake.Substance;
import se.huset.intake.care.CareTeam;
import se.huset.intake.client.Client;
import se.huset.intake.client.ClientRepository;
import se.huset.intake.identity.PersonalIdentity;
import se.huset.intake.identity.PersonalIdentityParser;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Registers a contact through the one way in: finds or creates the client for an identified person, stores the
 * contact (owned by the registering staff's body), and publishes ContactRegistered, all in one transaction.
 */
@Singleton
public class RegisteringContact {

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final Outbox outbox;
    private final CareTeam careTeam;
    private final ContactQueries views;
    private final ContactAudit written;
    private final Clock clock;

    public RegisteringContact(ClientRepository clients, ContactRepository contacts, Outbox outbox,
                              ContactQueries views, ContactAudit written, CareTeam careTeam, Clock clock) {
        this.careTeam = careTeam;
        this.clients = clients;
        this.contacts = contacts;
        this.outbox = outbox;
        this.views = views;
        this.written = written;
        this.clock = clock;
    }

    /** Links an anonymous contact to an identified person (found or created), once. */
    @Transactional
    public ContactView link(Staff staff, UUID contactId, RegisterContactRequest.PersonInput person) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> ProblemException.notFound("Contact " + contactId));
        if (contact.ownerOrg() != staff.org()) {
            throw ProblemException.forbidden("Only the body that recorded the contact links it to a client.");
        }
        if (contact.clientId() != null) {
            throw ProblemException.conflict("Contact " + contactId + " is already linked to a client.");
        }
        if (person.isAnonymous()) {
            throw ProblemException.invalid("person", "give the identifier of the person to link to");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Client client = identify(staff, person, now);
        if (!contacts.link(contactId, client.id())) {
            throw ProblemException.conflict("Contact " + contactId + " is already linked to a client.");
        }
        outbox.publish(EventTypes.CONTACT_LINKED, contactId, new ContactLinked(contactId, client.id(), now));
        Contact linked = contacts.findById(contactId).orElseThrow();
        careTeam.contactRegistered(staff, linked);
        careTeam.contactAssigned(staff, linked, null);
        written.wrote(staff, client.id(), "LINK", "contact/" + contactId);
        return views.view(staff, linked);
    }

    @Transactional
    public ContactView register(Staff staff, RegisterContactRequest request) {
        if (staff.org() == null) {
            throw ProblemException.forbidden("Only staff of a responsible body register contacts.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant occurred = request.occurredAt() == null ? now : request.occurredAt().truncatedTo(ChronoUnit.MICROS);
        Client client = identify(staff, request.person(), now);
        List<Substance> substances = request.substances().stream().distinct().toList();
        Contact contact = Contact.registered(UUID.randomUUID(), client == null ? null : client.id(), request.channel(),
                request.kind(), request.referrer(), substances, blankToNull(request.reason()), staff.org(),
                staff.username(), occurred, request.urgency());
        contacts.insert(contact);
        outbox.publish(EventTypes.CONTACT_REGISTERED, contact.id(), new ContactRegistered(contact.id(),
                contact.clientId(), contact.channel().name(), contact.kind().name(), contact.referrer().name(),
                substances.stream().map(Enum::name).toList(), staff.org().name(), occurred));
        careTeam.contactRegistered(staff, contact);
        if (client != null) {
            written.wrote(staff, client.id(), "CREATE", "contact/" + contact.id());
        }
        // the person as the registering body may see them: a person the other body already holds is not named
        return views.view(staff, contact);
    }

    Client identify(Staff staff, RegisterContactRequest.PersonInput person, Instant now) {
        boolean hasIdentifier = person.identifier() != null && !person.identifier().isBlank();
        if (person.isAnonymous() == hasIdentifier) {
            throw ProblemException.invalid("person",
                    "give either an identifier or {\"anonymous\": true}, not both or neither");
        }
        if (!hasIdentifier) {
            return null;
        }
        PersonalIdentityParser.Result parsed = new PersonalIdentityParser(LocalDate.now(clock))
                .parse(person.identifier(), Boolean.TRUE.equals(person.reservnummer()));
        PersonalIdentity identity = parsed.identity()
                .orElseThrow(() -> ProblemException.invalid("person.identifier", parsed.error()));
        ClientRepository.Found found = clients.findOrCreate(identity, blankToNull(person.name()),
                blankToNull(person.phone()), staff.org(), staff.username(), now);
        Client client = found.client();
        if (found.created()) {
            outbox.publish(EventTypes.CLIENT_REGISTERED, client.id(), new ClientRegistered(client.id(),
                    client.ownerOrg().name(), client.birthDate(), client.sex()));
        }
        return client;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
