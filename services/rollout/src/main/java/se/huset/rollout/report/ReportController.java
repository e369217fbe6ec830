package se.huset.rollout.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;

/** The steering report: the dashboard as PDF, and the KPI series as CSV. */
@Controller("/rollout")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class ReportController {

    private final SteeringReport report;

    public ReportController(SteeringReport report) {
        this.report = report;
    }

    /**
     * The steering report as PDF; the weekly KPI series as CSV
     * (`kpi,title,source,collected_at,value,target,n,suppressed`).
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/report.pdf")
    @Produces("application/pdf")
    public HttpResponse<byte[]> pdf(HttpRequest<?> request) {
        return HttpResponse.ok(report.pdf(request))
                .header("Content-Disposition", "attachment; filename=\"styrgruppsrapport.pdf\"");
    }

    /**
     * The steering report as PDF; the weekly KPI series as CSV
     * (`kpi,title,source,collected_at,value,target,n,suppressed`).
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/kpis.csv")
    @Produces("text/csv")
    public HttpResponse<String> csv() {
        return HttpResponse.ok(report.csv()).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"kpi-serier.csv\"");
    }
}
