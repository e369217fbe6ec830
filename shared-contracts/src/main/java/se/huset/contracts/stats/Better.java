package se.huset.contracts.stats;

/** Which direction of a figure is good, so a value can be judged against its target. */
public enum Better { HIGHER, LOWER }
