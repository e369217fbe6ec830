package se.huset.contracts.security;

/** The body a staff member works for. REGION and KOMMUN own client data; USER_ORG never sees any. */
public enum Org {
    REGION,
    KOMMUN,
    USER_ORG
}
