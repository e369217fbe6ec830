package se.huset.gateway.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADMIN pages to list, create, edit, disable and enable staff accounts. An admin cannot change their own roles
 * (granting themselves a clinical role would open client data to them) nor disable themselves. Every change is in
 * the gateway's audit log, a role change with the roles before and after, a password only as "password reset".
 */
@Controller("/admin/accounts")
@Secured(Roles.ADMIN)
public class AccountAdminController {

    private static final URI LIST = URI.create("/admin/accounts");

    private final Accounts accounts;

    public AccountAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Create, edit, disable and enable staff accounts.
     *
     * Who may call it: ADMIN.
     */
    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list(Authentication authentication) {
        return new ModelAndView<>("gateway/accounts", Map.of("accounts", accounts.all(),
                "self", authentication.getName()));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> newAccount() {
        return form(null, AccountForm.empty(), Map.of());
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body AccountForm form, Authentication authentication) {
        Map<String, String> errors = form.errors(true);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(null, form, errors));
        }
        if (!accounts.create(form.changes(), Staff.of(authentication))) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(form(null, form, Map.of("username", "accounts.error.username.taken")));
        }
        return HttpResponse.seeOther(LIST);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> edit(long id) {
        StaffAccount account = existing(id);
        return form(account, AccountForm.of(account), Map.of());
    }

    @Post(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(long id, @Body AccountForm form, Authentication authentication) {
        StaffAccount account = existing(id);
        AccountForm posted = new AccountForm(account.username(), form.displayName(), form.password(), form.roles(),
                form.org(), form.unit());
        Map<String, String> errors = posted.errors(false);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(account, posted, errors));
        }
        AccountChanges changes = posted.changes();
        if (account.username().equals(authentication.getName())
                && !Set.copyOf(changes.roles()).equals(Set.copyOf(account.roles()))) {
            throw ProblemException.forbidden("You cannot change your own roles; another administrator must.");
        }
        accounts.update(account, changes, Staff.of(authentication));
        return HttpResponse.seeOther(LIST);
    }

    @Post("/{id}/disable")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> disable(long id, Authentication authentication) {
        StaffAccount account = existing(id);
        if (account.username().equals(authentication.getName())) {
            // an admin who disables themselves may leave nobody able to undo it
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        accounts.setEnabled(account, false, Staff.of(authentication));
        return HttpResponse.seeOther(LIST);
    }

    @Post("/{id}/enable")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> enable(long id, Authentication authentication) {
        accounts.setEnabled(existing(id), true, Staff.of(authentication));
        return HttpResponse.seeOther(LIST);
    }

    private StaffAccount existing(long id) {
        return accounts.byId(id).orElseThrow(() -> ProblemException.notFound("Account " + id));
    }

    private static ModelAndView<Map<String, Object>> form(StaffAccount account, AccountForm form,
                                                          Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("form", form);
        model.put("errors", errors);
        model.put("allRoles", AccountForm.STAFF_ROLES);
        model.put("orgs", List.of(Org.values()));
        model.put("action", account == null ? "/admin/accounts" : "/admin/accounts/" + account.id());
        return new ModelAndView<>("gateway/account-form", model);
    }
}
