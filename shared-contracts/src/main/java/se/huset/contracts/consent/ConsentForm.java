package se.huset.contracts.consent;

public enum ConsentForm {
    WRITTEN,
    VERBAL
}
