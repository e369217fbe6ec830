package se.huset.kit.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user as the token describes them: who, which roles, which body and unit; or one of the service's
 * own jobs running in the process ({@link #inProcess}).
 */
public record Staff(String username, Set<String> roles, @Nullable Org org, @Nullable String unit) {

    /** Held only by a job of the service itself (e.g. the demo-data loader); no token ever carries it. */
    private static final String IN_PROCESS = "IN_PROCESS";

    public static Staff of(Authentication authentication) {
        Object org = authentication.getAttributes().get(Claims.ORG);
        Object unit = authentication.getAttributes().get(Claims.UNIT);
        return new Staff(authentication.getName(),
                authentication.getRoles().stream().filter(r -> !IN_PROCESS.equals(r)).collect(Collectors.toSet()),
                org == null ? null : Org.valueOf(org.toString()),
                unit == null ? null : unit.toString());
    }

    /** The service's own job, acting inside the process on the service's own data. */
    public static Staff inProcess(String name) {
        return new Staff(name, Set.of(IN_PROCESS), null, null);
    }

    public boolean inProcess() {
        return roles.contains(IN_PROCESS);
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
