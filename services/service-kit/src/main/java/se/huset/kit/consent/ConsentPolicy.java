package se.huset.kit.consent;

import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The consent rule of HUSET, in one place. Data belongs to the body that recorded it. Inside that body its staff
 * read a client's care and social records only with a care relationship ({@link CareRelationships}; need-to-know,
 * inre sekretess: PDL 4 kap 1 §, OSL 26 kap 1 §); identity and bookings are for all its client-work staff, its
 * reception reads the contacts in its queue, and its social workers the matters in social services' queue. The
 * other body sees a record only under an active consent naming it as recipient and covering the record's category
 * for care coordination, and then, inside the recipient body, the same need-to-know holds: care and social records
 * for staff with a care relationship, identity and bookings for its client-work staff. An emergency opening
 * overrides both.
 * Aggregate-only roles never see client-level data, and neither does a SERVICE token: its scopes open event feeds
 * and stats, never a client's record. Only the service's own in-process jobs read everything it holds.
 */
public final class ConsentPolicy {

    /**
     * @param related the clients among the records' with whom the reader has a live care relationship
     */
    public AccessDecision decide(Staff reader, OwnedRecord record, Collection<ConsentGrant> consents,
                                 Collection<EmergencyOpening> openings, Set<UUID> related, Instant now,
                                 LocalDate today) {
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
        boolean consentedButUnrelated = false;
        if (reader.org() == record.owner()) {
            if (related.contains(record.clientId())) {
                return AccessDecision.allow(AccessDecision.Reason.OWNER, "OWNER");
            }
            if (reader.hasAny(Roles.CLIENT_WORK) && record.bodyWide()
                    || reader.has(Roles.RECEPTION) && record.receptionQueue()
                    || reader.has(Roles.SOCIAL_WORKER) && record.socialServicesQueue()) {
                return AccessDecision.allow(AccessDecision.Reason.FRONT_DESK, "FRONT_DESK");
            }
        } else {
            for (ConsentGrant consent : consents) {
                if (consent.clientId().equals(record.clientId())
                        && consent.covers(reader.org(), record.category(), today)) {
                    // the consent opens the record to the recipient body; inside it, need-to-know still holds
                    if (related.contains(record.clientId()) || reader.hasAny(Roles.CLIENT_WORK) && record.bodyWide()) {
                        return AccessDecision.allow(AccessDecision.Reason.CONSENT, "CONSENT:" + consent.consentId());
                    }
                    consentedButUnrelated = true;
                }
            }
        }
        for (EmergencyOpening opening : openings) {
            if (opening.opens(reader.username(), record.clientId(), now)) {
                return AccessDecision.allow(AccessDecision.Reason.EMERGENCY, "EMERGENCY:" + opening.id());
            }
        }
        return AccessDecision.deny(reader.org() == record.owner() || consentedButUnrelated
                ? AccessDecision.Reason.NEED_TO_KNOW : AccessDecision.Reason.CONSENT_REQUIRED);
    }
}
