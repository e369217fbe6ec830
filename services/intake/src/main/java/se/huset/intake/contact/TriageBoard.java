package se.huset.intake.contact;

import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.intake.consent.DisclosingBodyRule;

import java.util.List;

/**
 * What the triage board shows beside each waiting contact. A contact is overdue when it has waited longer than
 * its first urgency estimate allows: an hour when acute, four hours when soon, else one day (vårdgaranti: contact
 * the same day).
 */
public final class TriageBoard {

    static final TriageBoard INSTANCE = new TriageBoard();
    static final List<Org> RESPONSIBLE = DisclosingBodyRule.RESPONSIBLE_BODIES;

    private TriageBoard() {
    }

    public boolean overdue(ContactView contact) {
        return contact.waitingMinutes() > limitMinutes(contact.urgency());
    }

    /** A waiting clock as staff say it: "45 min", "2 h 15 min", "3 d 4 h". */
    public String waited(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + mins + " min";
        }
        return mins + " min";
    }

    static long limitMinutes(Urgency urgency) {
        if (urgency == null) {
            return 24 * 60;
        }
        return switch (urgency) {
            case ACUTE -> 60;
            case SOON -> 4 * 60;
            case PLANNED -> 24 * 60;
        };
    }
}
