package se.huset.kit.security;

/** Where a process learns which tokens are revoked: the gateway's internal listener, or in the gateway its database. */
public interface RevocationSource {

    /** The revocations in force now; throws when they cannot be had (the caller keeps what it knew). */
    RevocationList current();
}
