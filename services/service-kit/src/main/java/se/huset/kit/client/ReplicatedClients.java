package se.huset.kit.client;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.util.Optional;
import java.util.UUID;

/** The client registry of a service that is not intake: the clients replicated from intake's feed. */
@Singleton
@Requires(property = "huset.service.name", notEquals = "intake")
public class ReplicatedClients implements ClientRegistry {

    private final ClientFacts facts;

    public ReplicatedClients(ClientFacts facts) {
        this.facts = facts;
    }

    @Override
    public Optional<Org> ownerOf(UUID clientId) {
        return facts.find(clientId).map(ClientFact::ownerOrg);
    }
}
