package se.huset.casework.decision;

/**
 * The law a decision rests on: bistånd under the social services act (SFS 2025:400; before 1 July 2025 SoL
 * 2001:453 4 kap. 1 §), or LVM (compulsory care, decided by the administrative court on the Kommun's application).
 */
public enum LegalBasis {
    SOL, LVM
}
