package se.huset.contracts.intake;

/** What the contact is about. */
public enum Substance {
    ALCOHOL,
    CANNABIS,
    OPIOIDS,
    STIMULANTS,
    BENZODIAZEPINES,
    GAMBLING,
    OTHER
}
