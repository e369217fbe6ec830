package se.huset.kit.consent;

import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The consent rule of HUSET, in one place. Data belongs to the body that recorded it; the other body sees it
 * only under an active consent naming it as recipient and covering the record's category for care coordination,
 * or under a live emergency opening. Aggregate-only roles never see client-level data, and neither does a SERVICE
 * token: its scopes open event feeds and stats, never a client's record. Only the service's own in-process jobs
 * read everything it holds.
 */
public final class ConsentPolicy {

    public AccessDecision decide(Staff reader, OwnedRecord record, Collection<ConsentGrant> consents,
                                 Collection<EmergencyOpening> openings, Instant now, LocalDate today) {
        if (reader.aggregateOnly()) {
            return AccessDecision.deny(AccessDecision.Reason.AGGREGATE_ONLY);
        }
        if (reader.inProcess()) {
            return AccessDecision.allow(AccessDecision.Reason.SERVICE, "SERVICE");
        }
        if (reader.has(Roles.SERVICE)) {
            return AccessDecision.deny(AccessDecision.Reason.SERVICE_TOKEN);
        }
        if (reader.org() == null) {
            return AccessDecision.deny(AccessDecision.Reason.NO_ORG);
        }
        if (reader.org() == record.owner()) {
            return AccessDecision.allow(AccessDecision.Reason.OWNER, "OWNER");
        }
        for (ConsentGrant consent : consents) {
            if (consent.clientId().equals(record.clientId())
                    && consent.covers(reader.org(), record.category(), today)) {
                return AccessDecision.allow(AccessDecision.Reason.CONSENT, "CONSENT:" + consent.consentId());
            }
        }
        for (EmergencyOpening opening : openings) {
            if (opening.opens(reader.username(), record.clientId(), now)) {
                return AccessDecision.allow(AccessDecision.Reason.EMERGENCY, "EMERGENCY:" + opening.id());
            }
        }
        return AccessDecision.deny(AccessDecision.Reason.CONSENT_REQUIRED);
    }
}
