package se.huset.contracts.consent;

public enum ConsentPurpose {
    CARE_COORDINATION
}
