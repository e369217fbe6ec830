package se.huset.casework.actualisation;

import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.security.Org;

import java.util.Optional;

/**
 * Which contacts make the Kommun responsible, so that they become actualisations (DOMAIN.md "aktualisering"):
 * an application, report or referral made to the Kommun; every report and every LOB notice wherever it was
 * registered, since both are addressed to social services (LVM 6 §: authorities, healthcare among them, report to
 * the social welfare board; a LOB custody record goes to the social services of the person's home municipality,
 * Rikspolisstyrelsen's FAP 023-1 as JO 1237-2009 recalls it); and any contact that triage sends to a Kommun pathway.
 */
public final class ResponsibilityRule {

    private ResponsibilityRule() {
    }

    /** The actualisation a contact is on registration, if it is one. */
    public static Optional<ActualisationSource> onRegistration(ContactKind kind, Org owner) {
        ActualisationSource source = ActualisationSource.of(kind);
        boolean toSocialServices = kind == ContactKind.REPORT || kind == ContactKind.LOB;
        return source != null && (owner == Org.KOMMUN || toSocialServices) ? Optional.of(source) : Optional.empty();
    }

    /**
     * The source of a contact that triage gave the Kommun: its own, or for a contact of another kind (a relative's
     * call, an emergency visit) a report of concern.
     */
    public static ActualisationSource onTriage(ContactKind kind) {
        ActualisationSource source = ActualisationSource.of(kind);
        return source == null ? ActualisationSource.REPORT : source;
    }
}
