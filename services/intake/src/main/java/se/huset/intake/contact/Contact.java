package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as stored. Healthcare's contacts are CARE data, social services' are SOCIAL data. */
public record Contact(UUID id, @Nullable UUID clientId, Channel channel, ContactKind kind, Referrer referrer,
                      List<Substance> substances, @Nullable String reason, Org ownerOrg, String registeredBy,
                      Instant registeredAt, Status status, @Nullable Urgency urgency, @Nullable Pathway pathway,
                      List<Org> responsibleOrgs, List<RiskFlag> riskFlags, @Nullable Integer auditScore,
                      @Nullable Integer duditScore, @Nullable String triageNote, @Nullable String triagedBy,
                      @Nullable Instant triagedAt, @Nullable String assignedTo, @Nullable Instant assignedAt,
                      @Nullable CloseReason closedReason, @Nullable String closedNote, @Nullable String closedBy,
                      @Nullable Instant closedAt) {

    /** NEW waits on the triage board; triage (TRIAGED) or a close with a reason (CLOSED) takes it off. */
    public enum Status { NEW, TRIAGED, CLOSED }

    /** A contact as first registered: waiting, nobody has taken it yet. */
    public static Contact registered(UUID id, @Nullable UUID clientId, Channel channel, ContactKind kind,
                                     Referrer referrer, List<Substance> substances, @Nullable String reason,
                                     Org ownerOrg, String registeredBy, Instant registeredAt,
                                     @Nullable Urgency urgency) {
        return new Contact(id, clientId, channel, kind, referrer, substances, reason, ownerOrg, registeredBy,
                registeredAt, Status.NEW, urgency, null, List.of(), List.of(), null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public static DataCategory categoryFor(Org owner) {
        return owner == Org.KOMMUN ? DataCategory.SOCIAL : DataCategory.CARE;
    }

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, ownerOrg, categoryFor(ownerOrg), "contact/" + id);
    }
}
