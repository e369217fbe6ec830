package se.huset.kit.consent;

import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.util.UUID;

/** What the consent rule needs to know about a record: whose client, which body recorded it, what kind of data. */
public record OwnedRecord(UUID clientId, Org owner, DataCategory category, String resource) {
}
