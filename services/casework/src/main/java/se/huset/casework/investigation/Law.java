package se.huset.casework.investigation;

/**
 * The law an investigation runs under: the social services act (an investigation started without delay that ends
 * in a decision; SFS 2025:400, before 1 July 2025 SoL 2001:453 11 kap. 1 §) or LVM 7 § (the duty to investigate when
 * compulsory care may be needed, which may end in an application to the administrative court, LVM 11 §).
 */
public enum Law {
    SOL, LVM
}
