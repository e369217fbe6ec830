package se.huset.gateway.accounts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.kit.demo.DemoSwitch;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A new installation's way in: when the gateway starts with no account at all and the demo switch off, it creates
 * the administrator {@code admin} with a one-time password, {@code huset.first-admin.password}
 * (HUSET_FIRST_ADMIN_PASSWORD, e.g. from a Kubernetes secret) or else a random one printed once to the log. The
 * account signs in only to change it ({@code PasswordChangeFirst}). With the demo switch on the demo accounts,
 * loaded next, are the way in instead.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class FirstAdministrator implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final DemoSwitch demo;
    private final String givenPassword;

    public FirstAdministrator(Accounts accounts, DemoSwitch demo,
                              @Value("${huset.first-admin.password:}") String givenPassword) {
        this.accounts = accounts;
        this.demo = demo;
        this.givenPassword = givenPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (demo.on()) {
            return;
        }
        boolean given = !givenPassword.isBlank();
        if (given && givenPassword.length() < AccountForm.MIN_PASSWORD) {
            throw new IllegalStateException("HUSET_FIRST_ADMIN_PASSWORD is shorter than " + AccountForm.MIN_PASSWORD
                    + " characters");
        }
        String password = given ? givenPassword : randomPassword();
        if (!accounts.createFirstAdministrator(password)) {
            return;
        }
        if (given) {
            LOG.warn("No account yet: created the first administrator '{}' with the one-time password from "
                    + "HUSET_FIRST_ADMIN_PASSWORD; it must be changed at the first sign-in", Accounts.FIRST_ADMINISTRATOR);
        } else {
            LOG.warn("No account yet: created the first administrator '{}' with the one-time password {} (shown only "
                    + "this once; it must be changed at the first sign-in)", Accounts.FIRST_ADMINISTRATOR, password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
