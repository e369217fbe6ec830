package se.huset.gateway.accounts;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.security.Staff;

import java.util.List;

/** The demo staff accounts (password {@code huset-demo}); existing accounts are left as they are. */
@Singleton
public class DemoAccounts implements DemoDataLoader {

    static final String PASSWORD = "huset-demo";

    static final List<AccountChanges> ACCOUNTS = List.of(
            demo("reception.region", "Rebecka Region", Roles.RECEPTION, Org.REGION, "Beroendeenheten"),
            demo("reception.kommun", "Kim Kommun", Roles.RECEPTION, Org.KOMMUN, "Team Vuxen"),
            demo("therapist.region", "Tove Terapeut", Roles.THERAPIST, Org.REGION, "Beroendeenheten"),
            demo("therapist.kommun", "Tor Terapeut", Roles.THERAPIST, Org.KOMMUN, "Nexus"),
            demo("socialworker.kommun", "Sara Socialsekreterare", Roles.SOCIAL_WORKER, Org.KOMMUN, "Team Vuxen"),
            demo("housing.kommun", "Hampus Boende", Roles.HOUSING_STAFF, Org.KOMMUN, "Skogsgläntan"),
            demo("steering", "Stina Styrgrupp", Roles.STEERING, Org.REGION, "Styrgruppen"),
            demo("userorg", "Ulf Brukarorganisation", Roles.USER_ORG, Org.USER_ORG, "Brukarrådet"),
            demo("researcher", "Rut Forskare", Roles.RESEARCHER, Org.REGION, "FoU"),
            demo("auditor", "Anders Granskare", Roles.AUDITOR, Org.REGION, "Loggkontroll"),
            demo("admin", "Ada Administratör", Roles.ADMIN, Org.REGION, "IT-förvaltning"));

    private final Accounts accounts;

    public DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void loadOnce() {
        ACCOUNTS.forEach(account -> accounts.create(account, Staff.inProcess("demo-data")));
    }

    private static AccountChanges demo(String username, String name, String role, Org org, String unit) {
        return new AccountChanges(username, name, PASSWORD, List.of(role), org, unit);
    }
}
