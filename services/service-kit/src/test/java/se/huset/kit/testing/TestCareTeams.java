package se.huset.kit.testing;

import se.huset.kit.consent.CareRelationships;

import java.time.Instant;
import java.util.UUID;

/**
 * Care relationships for tests: the client works with the units of the test tokens ({@link TestTokens}), each
 * body's, as intake's feed would announce after a contact with each. A test of need-to-know itself starts none.
 */
public final class TestCareTeams {

    private TestCareTeams() {
    }

    public static void inBothBodies(CareRelationships relationships, UUID clientId) {
        Instant now = Instant.now();
        relationships.start(clientId, CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", now);
        relationships.start(clientId, CareRelationships.unitParty(TestTokens.KOMMUN_UNIT), "CONTACT_UNIT", "test",
                "KOMMUN", now);
    }
}
