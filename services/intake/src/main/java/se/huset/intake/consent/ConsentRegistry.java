package se.huset.intake.consent;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.ConsentRevoked;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.intake.client.ClientRepository;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Granting, revoking and listing a client's consents (samtycke). Intake applies each change to its own copy of
 * the consent state in the same transaction, and the other services receive it from the event feed.
 */
@Singleton
public class ConsentRegistry {

    private final ConsentRepository consents;
    private final ClientRepository clients;
    private final ConsentStore replica;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultMonths;
    private final int maxMonths;

    public ConsentRegistry(ConsentRepository consents, ClientRepository clients, ConsentStore replica, Outbox outbox,
                           AuditLog audit, Clock clock,
                           @Value("${huset.consent.default-months:12}") int defaultMonths,
                           @Value("${huset.consent.max-months:36}") int maxMonths) {
        this.consents = consents;
        this.clients = clients;
        this.replica = replica;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.defaultMonths = defaultMonths;
        this.maxMonths = maxMonths;
    }

    /**
     * Records a consent the client gives to the disclosing body, the body of the staff who record it
     * ({@link DisclosingBodyRule}); a recipient recording access for itself is refused, logged, and stores nothing.
     */
    @Transactional
    public ConsentView grant(Staff staff, UUID clientId, GrantConsentRequest request) {
        clients.findById(clientId).orElseThrow(() -> ProblemException.notFound("Client " + clientId));
        if (request.recipientOrgs().contains(Org.USER_ORG)) {
            throw ProblemException.invalid("recipientOrgs", "only REGION and KOMMUN can receive client data");
        }
        refuse(staff, clientId, "CREATE", "client/" + clientId + "/consents",
                DisclosingBodyRule.refusesGrant(staff, request.recipientOrgs()));
        LocalDate today = LocalDate.now(clock);
        LocalDate validUntil = request.validUntil() == null ? today.plusMonths(defaultMonths) : request.validUntil();
        if (validUntil.isAfter(today.plusMonths(maxMonths))) {
            throw ProblemException.invalid("validUntil", "a consent is re-examined at least every " + maxMonths + " months");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConsentView consent = new ConsentView(UUID.randomUUID(), clientId,
                request.recipientOrgs().stream().distinct().toList(), request.categories().stream().distinct().toList(),
                request.purpose(), request.form(), validUntil, staff.username(), staff.org(), now, null, null, null,
                ConsentView.Status.ACTIVE, null, null);
        consents.insert(consent);
        ConsentGranted event = new ConsentGranted(consent.id(), clientId,
                consent.recipientOrgs().stream().map(Enum::name).toList(),
                consent.categories().stream().map(Enum::name).toList(), consent.purpose().name(), consent.form().name(),
                validUntil, now);
        replica.apply(event);
        outbox.publish(EventTypes.CONSENT_GRANTED, clientId, event);
        audit.record(AuditEntry.of(staff, clientId, "CREATE", "consent/" + consent.id(), "CONSENT_REGISTRY",
                AuditEntry.Outcome.ALLOWED));
        return consent;
    }

    /**
     * Records the end of a consent: only staff of its disclosing body, who record who asked for it; anyone else is
     * refused and logged. The first revocation wins; a second answers 409.
     */
    @Transactional
    public ConsentView revoke(Staff staff, UUID consentId, RevokeConsentRequest request) {
        LocalDate today = LocalDate.now(clock);
        ConsentView consent = consents.findById(consentId, today)
                .orElseThrow(() -> ProblemException.notFound("Consent " + consentId));
        Org owner = clients.findById(consent.clientId()).orElseThrow().ownerOrg();
        refuse(staff, consent.clientId(), "REVOKE", "consent/" + consentId,
                DisclosingBodyRule.refusesRevocation(staff, consent, owner));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!consents.revoke(consentId, staff.username(), staff.org(), request.requestedBy(), request.reason().strip(),
                now)) {
            throw ProblemException.conflict("Consent " + consentId + " is already revoked.");
        }
        ConsentRevoked event = new ConsentRevoked(consentId, consent.clientId(), now);
        replica.apply(event);
        outbox.publish(EventTypes.CONSENT_REVOKED, consent.clientId(), event);
        audit.record(AuditEntry.of(staff, consent.clientId(), "REVOKE", "consent/" + consentId, "CONSENT_REGISTRY",
                AuditEntry.Outcome.ALLOWED));
        return consents.findById(consentId, today).orElseThrow();
    }

    /** A refusal is logged in its own transaction (this one rolls back) and answered 403. */
    private void refuse(Staff staff, UUID clientId, String action, String resource, Optional<String> why) {
        if (why.isPresent()) {
            audit.recordIndependently(AuditEntry.of(staff, clientId, action, resource, "NOT_DISCLOSING_BODY",
                    AuditEntry.Outcome.DENIED));
            throw ProblemException.forbidden(why.get());
        }
    }

    /** Consent status is shown to staff of both bodies, so they know whether to ask; each read is logged. */
    @Transactional
    public List<ConsentView> list(Staff staff, UUID clientId) {
        clients.findById(clientId).orElseThrow(() -> ProblemException.notFound("Client " + clientId));
        audit.record(AuditEntry.of(staff, clientId, "READ", "client/" + clientId + "/consents", "CONSENT_REGISTRY",
                AuditEntry.Outcome.ALLOWED));
        return consents.forClient(clientId, LocalDate.now(clock));
    }
}
