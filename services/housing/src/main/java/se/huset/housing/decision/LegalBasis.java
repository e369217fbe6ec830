package se.huset.housing.decision;

/** SoL 4 kap. 1 § (bistånd, voluntary), or LVM (compulsory care: the basis of a SiS placement). */
public enum LegalBasis {
    SOL_4_1, LVM
}
