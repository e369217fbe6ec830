package se.huset.kit.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

/**
 * A service refuses to start without a strong secret of its own ({@code huset.service-secret}, from
 * HUSET_SERVICE_SECRET): found out at start-up, not at the first feed poll minutes later. The gateway has none: it
 * issues service tokens and asks for none, and checks the secrets it knows itself.
 */
@Context
@Requires(property = "huset.service.name", notEquals = "gateway")
public class OwnServiceSecret {

    public OwnServiceSecret(@Value("${huset.service-secret:}") String secret) {
        SecretStrength.require("huset.service-secret (HUSET_SERVICE_SECRET)", secret);
    }
}
