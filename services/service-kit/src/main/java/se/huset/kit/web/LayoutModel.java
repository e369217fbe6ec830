package se.huset.kit.web;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import se.huset.kit.security.Staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives every page the signed-in staff member, the navigation for their roles, and the current path. */
@Singleton
public class LayoutModel implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        Staff staff = request.getUserPrincipal(Authentication.class).map(Staff::of).orElse(null);
        model.put("staff", staff);
        model.put("nav", staff == null ? List.of() : Navigation.linksFor(staff));
        model.put("path", request.getPath());
        modelAndView.setModel(model);
    }
}
