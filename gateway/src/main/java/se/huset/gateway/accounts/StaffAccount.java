package se.huset.gateway.accounts;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.util.List;

/**
 * A staff member who may sign in. The password hash stays inside the gateway and is never rendered.
 * {@code mustChangePassword}: the password was for one use (the first administrator's), and signing in opens
 * nothing but changing it.
 */
public record StaffAccount(long id, String username, String displayName, String passwordHash, List<String> roles,
                           Org org, @Nullable String unit, boolean enabled, boolean mustChangePassword,
                           Instant createdAt, Instant updatedAt) {

    public String rolesText() {
        return String.join(", ", roles);
    }
}
