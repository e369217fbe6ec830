package se.huset.intake.client;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientRegistry;

import java.util.Optional;
import java.util.UUID;

/**
 * Which body owns a client, so a page can say whose consent is missing. The owner is not client data: it is what
 * the consent-required answer names anyway. Intake's registry is the client registry the kit's emergency access
 * asks here (other services ask their copy of intake's feed).
 */
@Singleton
public class ClientLookup implements ClientRegistry {

    private final ClientRepository clients;

    public ClientLookup(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Org> ownerOf(UUID clientId) {
        return clients.findById(clientId).map(Client::ownerOrg);
    }
}
