package se.huset.kit.consent;

import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The situations in which the law lets a body's staff read past consent and care relationship (nödåtkomst), and
 * who may invoke each. Reception, the aggregate roles, SERVICE, ADMIN and AUDITOR invoke none: none of them gives
 * care or decides on social services' interventions.
 * <p>
 * Sources, as far as they were confirmed (the text of each paragraph is the authority, not this comment):
 * <ul>
 *   <li>Patientdatalagen (2008:355) 4 kap. 1 §: inre sekretess, staff read a patient's record only when they take
 *       part in the patient's care or otherwise need it for their work in health care.</li>
 *   <li>Patientdatalagen 6 kap. 3 §: in sammanhållen journalföring another care provider's data needs the
 *       patient's consent; in an acute situation where the patient cannot consent, and there is danger to life or a
 *       serious risk to health, the treating care provider may open it (nödöppning, as Datainspektionen's and
 *       Västra Götalandsregionen's guidance on PDL describes it).</li>
 *   <li>Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § (socialtjänstsekretess), with 26 kap. 9 § and
 *       25 kap. 12 § (what social services and health care may pass to each other for the client's care).</li>
 *   <li>Lagen (1988:870) om vård av missbrukare i vissa fall (LVM): 7 § the social services' duty to investigate
 *       when compulsory care may be needed, 13 § the immediate custody (omedelbart omhändertagande) when the
 *       client's health may otherwise seriously deteriorate.</li>
 * </ul>
 */
public enum EmergencySituation {

    /** Region care: the client cannot consent and the data may matter for care that cannot wait. */
    URGENT_CARE_WITHOUT_CONSENT(Org.REGION, Set.of(Roles.THERAPIST), "PDL (2008:355) 6 kap. 3 §, 4 kap. 1 §"),

    /** Social services: the client's life or health is in danger now. */
    DANGER_TO_LIFE_OR_HEALTH(Org.KOMMUN, Set.of(Roles.SOCIAL_WORKER), "OSL (2009:400) 26 kap. 1 och 9 §§, 25 kap. 12 §"),

    /** Social services: an LVM investigation or an immediate custody that cannot wait for consent. */
    URGENT_LVM(Org.KOMMUN, Set.of(Roles.SOCIAL_WORKER), "LVM (1988:870) 7 och 13 §§");

    private final Org org;
    private final Set<String> roles;
    private final String law;

    EmergencySituation(Org org, Set<String> roles, String law) {
        this.org = org;
        this.roles = roles;
        this.law = law;
    }

    /** The provisions this situation rests on, as the opening records and the page shows them. */
    public String law() {
        return law;
    }

    /** Whether this staff member's body and role may open a client in this situation. */
    public boolean allows(Staff staff) {
        return staff.org() == org && !staff.inProcess() && staff.hasAny(roles);
    }

    /** The situations this staff member may invoke, in the list's order; empty for every role that may not. */
    public static List<EmergencySituation> allowedTo(Staff staff) {
        return Arrays.stream(values()).filter(s -> s.allows(staff)).toList();
    }
}
