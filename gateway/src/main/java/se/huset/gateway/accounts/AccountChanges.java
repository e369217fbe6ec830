package se.huset.gateway.accounts;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;

import java.util.List;

/** A validated account as an admin saved it; {@code password} is null when an edit keeps the old one. */
public record AccountChanges(String username, String displayName, @Nullable String password, List<String> roles,
                             Org org, @Nullable String unit) {
}
