package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupScreen;
import se.huset.programs.group.ProgramGroup;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The group page's forms that change its participants: add a client (enrolled and started at once, a Kommun
 * enrolment with the social services' decision it carries out), complete,
 * transfer or end one. A refusal (age, a full group, …) shows the group's page again with it; success redirects.
 */
@Controller("/programs/groups/{id}/enrollments")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class GroupEnrollmentPage {

    private final GroupRepository groups;
    private final Enrolling enrolling;
    private final GroupScreen screen;

    public GroupEnrollmentPage(GroupRepository groups, Enrolling enrolling, GroupScreen screen) {
        this.groups = groups;
        this.enrolling = enrolling;
        this.screen = screen;
    }

    @Post
    public HttpResponse<?> addParticipant(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                          Authentication auth) {
        Staff staff = Staff.of(auth);
        FormData form = FormData.from(body);
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        try {
            enrolling.enrollAndStart(staff, new EnrollmentRequest(form.orNull("clientId"), group.programCode(),
                    id.toString(), form.orNull("goals"), form.orNull("decisionId")));
        } catch (ProblemException e) {
            return refused(request, staff, id, form, e);
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=added"));
    }

    @Post("/{enrollmentId}/step")
    public HttpResponse<?> step(UUID id, UUID enrollmentId, @Nullable @Body Map<String, Object> body,
                                HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        FormData form = FormData.from(body);
        try {
            switch (form.value("action")) {
                case "complete" -> enrolling.step(staff, enrollmentId, EnrollmentLifecycle.Step.COMPLETE);
                case "transfer" -> enrolling.step(staff, enrollmentId, EnrollmentLifecycle.Step.TRANSFER);
                case "drop-out" -> {
                    String reason = form.value("reason");
                    if (reason.isEmpty()) {
                        throw ProblemException.invalid("reason", "is required for a drop-out");
                    }
                    enrolling.dropOut(staff, enrollmentId, new DropOutRequest(reason.length() > 500
                            ? reason.substring(0, 500) : reason, null));
                }
                default -> throw ProblemException.invalid("action", "must be complete, transfer or drop-out");
            }
        } catch (ProblemException e) {
            return refused(request, staff, id, FormData.empty(), e);
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=changed"));
    }

    /** The group's page again with the refusal; an unknown group or enrollment stays a 404. */
    private HttpResponse<?> refused(HttpRequest<?> request, Staff staff, UUID id, FormData form, ProblemException e) {
        if (e.problem().status() == 404) {
            throw e;
        }
        FieldErrors errors = screen.errors(request);
        errors.add(e);
        // shown with 200, as the page always has, so a browser's form post shows it
        return screen.show(request, staff, id, null, form, errors).status(HttpStatus.OK);
    }
}
