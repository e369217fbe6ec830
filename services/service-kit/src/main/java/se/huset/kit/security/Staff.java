package se.huset.kit.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.Collection;
import java.util.Set;

/** The signed-in user as the token describes them: who, which roles, which body and unit. */
public record Staff(String username, Set<String> roles, @Nullable Org org, @Nullable String unit) {

    public static Staff of(Authentication authentication) {
        Object org = authentication.getAttributes().get(Claims.ORG);
        Object unit = authentication.getAttributes().get(Claims.UNIT);
        return new Staff(authentication.getName(),
                Set.copyOf(authentication.getRoles()),
                org == null ? null : Org.valueOf(org.toString()),
                unit == null ? null : unit.toString());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** STEERING, USER_ORG and RESEARCHER see aggregates only, whatever else they hold. */
    public boolean aggregateOnly() {
        return hasAny(Roles.AGGREGATE_ONLY) && !hasAny(Roles.CLIENT_WORK);
    }

    public String rolesText() {
        return String.join(",", roles.stream().sorted().toList());
    }
}
