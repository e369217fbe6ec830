package se.huset.kit.web;

import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.List;

/** The suite's navigation: each link with the roles that see it. Pages of services not yet built are not listed. */
public final class Navigation {

    /** A page of the suite; {@code labelKey} names it in the menu and {@code labelKey.text} says what it is for. */
    @Serdeable
    public record Link(String href, String labelKey, List<String> roles) {
        public String textKey() {
            return labelKey + ".text";
        }
    }

    static final List<Link> LINKS = List.of(
            new Link("/", "nav.home", Roles.ALL),
            new Link("/intake/reception", "nav.reception", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/intake/triage", "nav.triage", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/intake/clients", "nav.clients", Roles.CLIENT_WORK),
            new Link("/booking/waiting-list", "nav.waitingList", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/booking/day", "nav.myDay", Roles.CLIENT_WORK),
            new Link("/booking/rooms", "nav.rooms", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER,
                    Roles.HOUSING_STAFF, Roles.ADMIN)),
            new Link("/booking/calendar-feed", "nav.calendarFeed", Roles.CLIENT_WORK),
            new Link("/booking/admin", "nav.bookingAdmin", List.of(Roles.ADMIN)),
            new Link("/casework", "nav.casework", List.of(Roles.SOCIAL_WORKER)),
            new Link("/casework/investigations?handler=me", "nav.casework.investigations", List.of(Roles.SOCIAL_WORKER)),
            new Link("/casework/decisions", "nav.casework.decisions", List.of(Roles.SOCIAL_WORKER)),
            new Link("/housing", "nav.housing", List.of(Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF)),
            new Link("/housing/alerts", "nav.housing.alerts", List.of(Roles.SOCIAL_WORKER)),
            new Link("/housing/admin/units", "nav.housing.units", List.of(Roles.ADMIN)),
            new Link("/rollout", "nav.rollout", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER,
                    Roles.HOUSING_STAFF, Roles.STEERING, Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG)),
            new Link("/programs/today", "nav.myGroups", List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/programs/catalog", "nav.programs", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER,
                    Roles.HOUSING_STAFF, Roles.ADMIN)),
            new Link("/followup/due", "nav.followup.due", List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/followup/sips", "nav.followup.sips", List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER)),
            new Link("/followup/alerts", "nav.followup.alerts", List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER,
                    Roles.HOUSING_STAFF)),
            new Link("/followup/frequent-attenders", "nav.followup.frequent", List.of(Roles.RECEPTION, Roles.THERAPIST,
                    Roles.SOCIAL_WORKER)),
            new Link("/followup/reports", "nav.followup.reports", List.of(Roles.RECEPTION, Roles.THERAPIST,
                    Roles.SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG, Roles.RESEARCHER)),
            new Link("/admin/accounts", "nav.accounts", List.of(Roles.ADMIN)));

    private Navigation() {
    }

    public static List<Link> linksFor(Staff staff) {
        return LINKS.stream().filter(l -> staff.hasAny(l.roles())).toList();
    }

    /** The pages a user can go to from the home page: their menu without the home page itself. */
    public static List<Link> pagesFor(Staff staff) {
        return linksFor(staff).stream().filter(l -> !"/".equals(l.href())).toList();
    }
}
