package se.huset.kit.client;

import se.huset.contracts.security.Org;

import java.util.Optional;
import java.util.UUID;

/**
 * Which clients this service knows, and the body that owns each: intake answers from its own registry, every
 * other service from the copy it keeps of intake's feed. Empty for an id no one registered.
 */
public interface ClientRegistry {

    Optional<Org> ownerOf(UUID clientId);
}
