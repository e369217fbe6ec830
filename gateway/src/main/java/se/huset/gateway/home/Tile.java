package se.huset.gateway.home;

import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.List;

/** One thing a staff member can do from the home page, with the roles that may do it. */
public record Tile(String href, String titleKey, String textKey, List<String> roles) {

    static final List<Tile> ALL = List.of(
            new Tile("/intake/reception", "home.tile.reception", "home.tile.reception.text",
                    List.of(Roles.RECEPTION)),
            new Tile("/intake/triage", "home.tile.triage", "home.tile.triage.text",
                    List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Tile("/intake/clients", "home.tile.clients", "home.tile.clients.text", Roles.CLIENT_WORK),
            new Tile("/admin/accounts", "home.tile.accounts", "home.tile.accounts.text", List.of(Roles.ADMIN)));

    static List<Tile> forStaff(Staff staff) {
        return ALL.stream().filter(t -> staff.hasAny(t.roles())).toList();
    }
}
