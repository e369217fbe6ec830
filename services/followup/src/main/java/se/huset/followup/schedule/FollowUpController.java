package se.huset.followup.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.Inputs;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/followup")
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class FollowUpController {

    private final FollowUps followUps;

    public FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Serdeable
    public record StatusRequest(@Nullable String status) {
    }

    /** The caller's due list with its reminders: their own follow-ups and their body's untaken ones. */
    /** Filters: {@code mine=true}, {@code overdue=true}, {@code from}/{@code to} (due days); {@code limit}, {@code after}. */
    @Get("/follow-ups/due")
    public FollowUps.DueList due(HttpRequest<?> request, Authentication auth) {
        return followUps.due(Staff.of(auth), FollowUps.DueQuery.of(request));
    }

    /**
     * One follow-up; an enrollment's or a first visit's follow-ups (`enrollmentId` or `appointmentId` set).
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/follow-ups/{id}")
    public FollowUp one(UUID id, Authentication auth) {
        return followUps.read(Staff.of(auth), id);
    }

    /**
     * One follow-up; an enrollment's or a first visit's follow-ups (`enrollmentId` or `appointmentId` set).
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/appointments/{appointmentId}/follow-ups")
    public Visible<FollowUp> forAppointment(UUID appointmentId, Authentication auth) {
        return followUps.forAppointment(Staff.of(auth), appointmentId);
    }

    /**
     * One follow-up; an enrollment's or a first visit's follow-ups (`enrollmentId` or `appointmentId` set).
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/enrollments/{enrollmentId}/follow-ups")
    public Visible<FollowUp> forEnrollment(UUID enrollmentId, Authentication auth) {
        return followUps.forEnrollment(Staff.of(auth), enrollmentId);
    }

    /**
     * Take a follow-up; set its outcome.
     *
     * Who may call it: the owning body.
     */
    @Post("/follow-ups/{id}/claim")
    public FollowUp claim(UUID id, Authentication auth) {
        return followUps.claim(Staff.of(auth), id);
    }

    /**
     * Take a follow-up; set its outcome.
     *
     * Who may call it: the owning body.
     */
    @Post("/follow-ups/{id}/status")
    public FollowUp status(UUID id, @Body StatusRequest request, Authentication auth) {
        return followUps.close(Staff.of(auth), id, Inputs.oneOf("status", request.status(), FollowUpStatus.class));
    }
}
