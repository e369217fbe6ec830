package se.huset.kit.consent;

import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.util.UUID;

/** What the consent rule needs to know about a record: whose client, which body recorded it, what kind of data. */
public record OwnedRecord(UUID clientId, Org owner, DataCategory category, String resource) {

    /**
     * Who the person is and when they are booked: the owning body's staff need it for every client to find them,
     * book them and take them in, so it is not held back by need-to-know (care and social records are).
     */
    public boolean bodyWide() {
        return category == DataCategory.IDENTITY || category == DataCategory.APPOINTMENTS;
    }

    /**
     * A matter in social services' queue (casework's {@code actualisation/…} records): the owning body's social
     * workers make its förhandsbedömning before anyone works with the client.
     */
    public boolean socialServicesQueue() {
        return resource != null && resource.startsWith("actualisation/");
    }

    /** A contact in reception's queue (intake's {@code contact/…} records): the owning body's reception works it. */
    public boolean receptionQueue() {
        return resource != null && resource.startsWith("contact/");
    }
}
