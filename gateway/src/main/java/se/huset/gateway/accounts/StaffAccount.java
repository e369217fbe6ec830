package se.huset.gateway.accounts;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.util.List;

/** A staff member who may sign in. The password hash stays inside the gateway and is never rendered. */
public record StaffAccount(long id, String username, String displayName, String passwordHash, List<String> roles,
                           Org org, @Nullable String unit, boolean enabled, Instant createdAt, Instant updatedAt) {

    public String rolesText() {
        return String.join(", ", roles);
    }
}
