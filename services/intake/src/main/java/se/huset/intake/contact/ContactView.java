package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.intake.client.Client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact as the API shows it, with its waiting clock and the triage (once done). A contact of the reader's body
 * can be about a client whose identity the reader may not see (the other body holds the person): then neither the
 * person nor the client id is shown, and {@code identityWithheld} says so; {@code anonymous} stays false.
 */
@Serdeable
public record ContactView(UUID id, @Nullable UUID clientId, boolean anonymous, boolean identityWithheld,
                          @Nullable Person person,
                          Channel channel, ContactKind kind, Referrer referrer, List<Substance> substances,
                          @Nullable String reason, Org ownerOrg, String registeredBy, Instant registeredAt,
                          Contact.Status status, @Nullable Urgency urgency, long waitingMinutes,
                          @Nullable Triage triage, @Nullable String assignedTo, @Nullable Instant assignedAt,
                          @Nullable Closure closure) {

    @Serdeable
    public record Person(String identifier, String identifierKind, boolean reserve, @Nullable String name,
                         @Nullable String phone) {
    }

    @Serdeable
    public record Triage(Urgency urgency, Pathway pathway, List<Org> responsibleOrgs, List<RiskFlag> riskFlags,
                         List<String> reminders, @Nullable Integer auditScore, @Nullable Integer duditScore,
                         @Nullable String note, String triagedBy, Instant triagedAt) {
    }

    /** Why and by whom a contact was closed without triage. */
    @Serdeable
    public record Closure(CloseReason reason, @Nullable String note, String closedBy, Instant closedAt) {
    }

    /**
     * The view of a contact for a reader who may see it; {@code client} is the identity as that reader may see it,
     * null when withheld. Build it through {@link ContactQueries#views}, which asks the consent rule.
     */
    static ContactView of(Contact c, @Nullable Client client, Instant now) {
        Person person = client == null ? null : new Person(client.identifier(), client.identifierKind(),
                "RESERVNUMMER".equals(client.identifierKind()), client.name(), client.phone());
        Instant clockStops = c.triagedAt() != null ? c.triagedAt() : c.closedAt() != null ? c.closedAt() : now;
        Triage triage = c.status() != Contact.Status.TRIAGED ? null : new Triage(c.urgency(), c.pathway(),
                c.responsibleOrgs(), c.riskFlags(), TriageReminders.forFlags(c.riskFlags()), c.auditScore(),
                c.duditScore(), c.triageNote(), c.triagedBy(), c.triagedAt());
        boolean withheld = c.clientId() != null && client == null;
        return new ContactView(c.id(), withheld ? null : c.clientId(), c.clientId() == null, withheld, person,
                c.channel(), c.kind(),
                c.referrer(), c.substances(), c.reason(), c.ownerOrg(), c.registeredBy(), c.registeredAt(), c.status(),
                c.urgency(), Math.max(0, Duration.between(c.registeredAt(), clockStops).toMinutes()), triage,
                c.assignedTo(), c.assignedAt(), c.closedReason() == null ? null
                        : new Closure(c.closedReason(), c.closedNote(), c.closedBy(), c.closedAt()));
    }
}
