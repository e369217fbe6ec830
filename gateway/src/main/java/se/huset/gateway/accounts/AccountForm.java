package se.huset.gateway.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The account form as posted by an admin, and the rules it must meet before anything is saved. */
@Serdeable
public record AccountForm(@Nullable String username, @Nullable String displayName, @Nullable String password,
                          @Nullable List<String> roles, @Nullable String org, @Nullable String unit) {

    /** Roles a person may hold; SERVICE is only ever issued to the services themselves. */
    public static final List<String> STAFF_ROLES = Roles.ALL.stream().filter(r -> !Roles.SERVICE.equals(r)).toList();
    public static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_TEXT = 120;
    public static final int MAX_PASSWORD = 200;

    public static AccountForm empty() {
        return new AccountForm("", "", "", List.of(), Org.REGION.name(), "");
    }

    public static AccountForm of(StaffAccount account) {
        return new AccountForm(account.username(), account.displayName(), "", account.roles(), account.org().name(),
                account.unit() == null ? "" : account.unit());
    }

    public List<String> chosenRoles() {
        return roles == null ? List.of() : roles;
    }

    /** Field name to message key for every rule broken; empty when the form can be saved. */
    public Map<String, String> errors(boolean creating) {
        Map<String, String> errors = new HashMap<>();
        if (creating && (username == null || !USERNAME.matcher(username.trim().toLowerCase(Locale.ROOT)).matches())) {
            errors.put("username", "accounts.error.username");
        }
        if (blank(displayName)) {
            errors.put("displayName", "accounts.error.displayName.required");
        } else if (displayName.trim().length() > MAX_TEXT) {
            errors.put("displayName", "accounts.error.tooLong");
        }
        boolean passwordGiven = !blank(password);
        if (creating && !passwordGiven) {
            errors.put("password", "accounts.error.password.required");
        } else if (passwordGiven && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
            errors.put("password", "accounts.error.password.length");
        }
        if (chosenRoles().isEmpty() || !STAFF_ROLES.containsAll(chosenRoles())) {
            errors.put("roles", "accounts.error.roles");
        }
        if (org == null || Arrays.stream(Org.values()).noneMatch(o -> o.name().equals(org))) {
            errors.put("org", "accounts.error.org");
        }
        if (unit != null && unit.trim().length() > MAX_TEXT) {
            errors.put("unit", "accounts.error.tooLong");
        }
        return errors;
    }

    /** The saved form; call only when {@link #errors(boolean)} is empty. */
    public AccountChanges changes() {
        return new AccountChanges(username == null ? null : username.trim().toLowerCase(Locale.ROOT),
                displayName.trim(), blank(password) ? null : password,
                chosenRoles().stream().distinct().sorted().toList(), Org.valueOf(org),
                blank(unit) ? null : unit.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
