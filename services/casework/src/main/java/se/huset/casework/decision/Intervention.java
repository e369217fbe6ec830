package se.huset.casework.decision;

/**
 * What a decision grants or refuses: the interventions of the Kommun's addiction care for adults (DOMAIN.md:
 * housing, HVB, family home, outpatient treatment, contact person, housing support, individual coach), and care
 * under LVM.
 */
public enum Intervention {
    HOUSING, HVB, FAMILY_HOME, OUTPATIENT_TREATMENT, CONTACT_PERSON, HOUSING_SUPPORT, INDIVIDUAL_COACH, LVM_CARE
}
