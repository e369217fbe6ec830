package se.huset.programs.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.programs.stats.ProgramsStats;
import se.huset.programs.attendance.AttendanceRequest;
import se.huset.programs.attendance.AttendanceStatus;
import se.huset.programs.attendance.AttendanceView;
import se.huset.programs.attendance.TakingAttendance;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;
import se.huset.programs.enrollment.DropOutRequest;
import se.huset.programs.enrollment.Enrolling;
import se.huset.programs.enrollment.EnrollmentLifecycle;
import se.huset.programs.enrollment.EnrollmentRequest;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.enrollment.EnrollmentView;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The programmes' pages: a therapist's groups today, taking attendance, a group, the catalogue, and a client's
 * programme history. Client-level parts go through the same consent guard as the API.
 */
@Controller("/programs")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class ProgramPages {


    private final GroupRepository groups;
    private final CatalogRepository catalog;
    private final Enrolling enrolling;
    private final TakingAttendance attendance;
    private final ClientFacts facts;
    private final ProgramsStats stats;
    private final ClientNames names;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public ProgramPages(GroupRepository groups, CatalogRepository catalog, Enrolling enrolling,
                        TakingAttendance attendance, ClientFacts facts, ProgramsStats stats,
                        ClientNames names, HttpLocaleResolver locales, Clock clock) {
        this.names = names;
        this.locales = locales;
        this.groups = groups;
        this.catalog = catalog;
        this.enrolling = enrolling;
        this.attendance = attendance;
        this.facts = facts;
        this.stats = stats;
        this.clock = clock;
    }

    public record SessionRow(UUID groupId, UUID sessionId, String group, String program, int occurrence, String when,
                             String from, String to) {
    }

    public record GroupRow(UUID id, String name, String program, String facilitators, boolean coFacilitated,
                           int capacity, String intake) {
    }

    public record ParticipantRow(UUID enrollmentId, UUID clientId, String label, String status, String since,
                                 boolean returning, boolean parallelTrack, boolean changeable, @Nullable String mark,
                                 @Nullable String note) {
    }

    public record EnrollmentRow(String program, String org, String status, String referred, String started,
                                String ended, boolean returning, boolean parallelTrack, @Nullable String goals,
                                @Nullable String dropReason, @Nullable Integer droppedAtSession) {
    }

    /** A therapist's groups meeting today, and all the groups they lead. */
    /** A therapist's groups meeting today, and the groups they lead, by name, paged ({@code ?after=&limit=}). */
    @Get("/today")
    public HttpResponse<ModelAndView<Map<String, Object>>> today(@Nullable @QueryValue String limit,
                                                                 @Nullable @QueryValue String after,
                                                                 HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        PageDates dates = dates(request);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> programs = programNames();
        // today's sessions are few: every group of the reader's that meets today, however many groups they lead
        List<SessionRow> sessions = new ArrayList<>();
        for (GroupSession s : groups.sessionsBetween(today.atStartOfDay(ClinicTime.ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant())) {
            groups.find(s.groupId()).filter(g -> g.ledBy(staff.username()))
                    .ifPresent(g -> sessions.add(sessionRow(dates, g, s, programs)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("date", dates.day(today));
        model.put("sessions", sessions);
        Page<ProgramGroup> mine = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            mine = groups.page(null, staff.username(), Cursor.parse("after", after, 2).orElse(null),
                    ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("groups", mine.items().stream().map(g -> groupRow(g, programs)).toList());
        model.put("next", PageLinks.next(request, mine));
        model.put("first", PageLinks.first(request));
        return HttpResponse.status(status).body(new ModelAndView<>("programs/today", model));
    }

    @Get("/groups/{id}")
    public HttpResponse<ModelAndView<Map<String, Object>>> group(UUID id, @Nullable @QueryValue String saved,
                                                                 HttpRequest<?> request, Authentication auth) {
        ModelAndView<Map<String, Object>> page = groupPage(request, Staff.of(auth), id, saved, null, Map.of());
        return HttpResponse.status(page.getModel().orElseThrow().containsKey("listError")
                ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(page);
    }

    /** Adds a client to the group and starts them; a refusal (age, a full group, …) is shown beside the field. */
    @Post("/groups/{id}/enrollments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addParticipant(UUID id, @Body Map<String, String> form, HttpRequest<?> request,
                                 Authentication auth) {
        Staff staff = Staff.of(auth);
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        try {
            enrolling.enrollAndStart(staff, new EnrollmentRequest(form.get("clientId"), group.programCode(),
                    id.toString(), form.get("goals")));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return groupPage(request, staff, id, null, e.problem().detail(), form);
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=added"));
    }

    /** Completes or ends a participant's enrollment from the group's page. */
    @Post("/groups/{id}/enrollments/{enrollmentId}/step")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object step(UUID id, UUID enrollmentId, @Body Map<String, String> form, HttpRequest<?> request,
                       Authentication auth) {
        Staff staff = Staff.of(auth);
        try {
            switch (form.getOrDefault("action", "")) {
                case "complete" -> enrolling.step(staff, enrollmentId, EnrollmentLifecycle.Step.COMPLETE);
                case "transfer" -> enrolling.step(staff, enrollmentId, EnrollmentLifecycle.Step.TRANSFER);
                case "drop-out" -> {
                    String reason = form.getOrDefault("reason", "").strip();
                    if (reason.isEmpty()) {
                        throw ProblemException.invalid("reason", "is required for a drop-out");
                    }
                    enrolling.dropOut(staff, enrollmentId, new DropOutRequest(reason.length() > 500
                            ? reason.substring(0, 500) : reason, null));
                }
                default -> throw ProblemException.invalid("action", "must be complete, transfer or drop-out");
            }
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return groupPage(request, staff, id, null, e.problem().detail(), Map.of());
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=changed"));
    }

    /** The group with one page of its participants ({@code ?after=&limit=} on the page's own address). */
    private ModelAndView<Map<String, Object>> groupPage(HttpRequest<?> request, Staff staff, UUID id,
                                                        @Nullable String saved, @Nullable String error,
                                                        Map<String, String> typed) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        Map<String, String> programs = programNames();
        PageDates dates = dates(request);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        Page<EnrollmentView> participants = new Page<>(List.of(), null, 0);
        try {
            participants = enrolling.pageForGroup(staff, id, null, Cursor.parse("after",
                    request.getParameters().get("after"), 2).orElse(null),
                    ListParams.limit(request.getParameters().get("limit")));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
        }
        List<ParticipantRow> rows = new ArrayList<>();
        for (int i = 0; i < participants.items().size(); i++) {
            EnrollmentView e = participants.items().get(i);
            boolean changeable = e.status() == EnrollmentStatus.ACTIVE && staff.org() != null
                    && staff.org().name().equals(e.ownerOrg());
            rows.add(new ParticipantRow(e.id(), e.clientId(), label(i, e.clientId(), today), e.status().name(),
                    dates.day(e.startedOn() == null ? e.referredOn() : e.startedOn()), e.returning(),
                    e.parallelTrack(), changeable, null, null));
        }
        model.put("group", groupRow(group, programs));
        model.put("participants", rows);
        model.put("names", names.of(request, participants.items().stream().map(EnrollmentView::clientId).toList()));
        model.put("withheld", participants.withheld());
        model.put("next", PageLinks.next(request, participants));
        model.put("first", PageLinks.first(request));
        model.put("sessions", groups.sessions(id).stream().map(s -> sessionRow(dates, group, s, programs)).toList());
        model.put("saved", saved);
        model.put("error", error);
        model.put("clientId", typed.getOrDefault("clientId", ""));
        model.put("goals", typed.getOrDefault("goals", ""));
        return new ModelAndView<>("programs/group", model);
    }

    @Get("/groups/{id}/sessions/{sessionId}/attendance")
    public ModelAndView<Map<String, Object>> attendanceForm(UUID id, UUID sessionId, HttpRequest<?> request,
                                                            Authentication auth) {
        return attendancePage(dates(request), Staff.of(auth), id, sessionId, null, Map.of());
    }

    /**
     * The whole session in one post: {@code status.<enrollment>} and {@code note.<enrollment>} per participant,
     * plus {@code groupNote}. A refusal shows the page again with what was typed.
     */
    @Post("/groups/{id}/sessions/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object takeAttendance(UUID id, UUID sessionId, @Body Map<String, String> form, HttpRequest<?> request,
                                 Authentication auth) {
        Staff staff = Staff.of(auth);
        List<AttendanceRequest.Participant> marks = new ArrayList<>();
        try {
            form.forEach((name, value) -> {
                if (name.startsWith("status.")) {
                    UUID enrollment = uuid(name.substring("status.".length()));
                    marks.add(new AttendanceRequest.Participant(enrollment, status(value),
                            form.get("note." + enrollment)));
                }
            });
            if (marks.isEmpty()) {
                throw ProblemException.invalid("participants", "choose present, absent or excused for each participant");
            }
            attendance.record(staff, id, sessionId, new AttendanceRequest(form.get("groupNote"), marks));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return attendancePage(dates(request), staff, id, sessionId, e.problem().detail(), form);
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=attendance"));
    }

    @Get("/catalog")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    public HttpResponse<ModelAndView<Map<String, Object>>> catalog(@Nullable @QueryValue String limit,
                                                                   @Nullable @QueryValue String after,
                                                                   HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("admin", Staff.of(auth).has(Roles.ADMIN));
        Page<Program> page = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            page = catalog.page(Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("programs", page.items());
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("names", programNames());
        // aggregates only, the same suppression as the steering group's figures
        model.put("outcomes", stats.outcomeRows().stream().map(o -> new ProgramsStats.OutcomeRow(o.programCode(), o.org(),
                o.enrollments(), o.finished(), percent(o.completionRate()), percent(o.dropOutRate()),
                o.medianDropOutSession(), o.returns())).toList());
        return HttpResponse.status(status).body(new ModelAndView<>("programs/catalog", model));
    }

    /** A client's programme history: what the reader may see, and honestly how much is withheld. */
    @Get("/clients/{clientId}")
    public HttpResponse<ModelAndView<Map<String, Object>>> client(UUID clientId, @Nullable @QueryValue String limit,
                                                                  @Nullable @QueryValue String after,
                                                                  HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        Page<EnrollmentView> visible = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            visible = enrolling.pageForClient(Staff.of(auth), clientId, Cursor.parse("after", after, 2).orElse(null),
                    ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        Map<String, String> programs = programNames();
        PageDates dates = dates(request);
        model.put("names", names.of(request, List.of(clientId)));
        model.put("next", PageLinks.next(request, visible));
        model.put("first", PageLinks.first(request));
        model.put("clientId", clientId);
        model.put("age", facts.find(clientId).map(f -> f.ageOn(LocalDate.now(clock)))
                .filter(a -> a.isPresent()).map(a -> String.valueOf(a.getAsInt())).orElse(null));
        model.put("rows", visible.items().stream().map(e -> new EnrollmentRow(programs.getOrDefault(e.programCode(),
                        e.programCode()), e.ownerOrg(), e.status().name(), dates.day(e.referredOn()),
                dates.day(e.startedOn()), dates.day(e.endedOn()), e.returning(),
                e.parallelTrack(), e.goals(), e.dropReason(), e.droppedAtSession())).toList());
        model.put("parallel", visible.items().stream().anyMatch(EnrollmentView::parallelTrack));
        model.put("withheld", visible.withheld());
        return HttpResponse.status(status).body(new ModelAndView<>("programs/client", model));
    }

    private ModelAndView<Map<String, Object>> attendancePage(PageDates dates, Staff staff, UUID id, UUID sessionId,
                                                             @Nullable String error, Map<String, String> typed) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        AttendanceView view = attendance.read(staff, id, sessionId);
        LocalDate today = LocalDate.now(clock);
        List<ParticipantRow> rows = new ArrayList<>();
        int n = 0;
        for (AttendanceView.Row r : view.items()) {
            if (r.enrollmentStatus() != EnrollmentStatus.ACTIVE) {
                continue;
            }
            String mark = typed.getOrDefault("status." + r.enrollmentId(), r.status() == null ? null : r.status().name());
            String note = typed.getOrDefault("note." + r.enrollmentId(), r.note());
            rows.add(new ParticipantRow(r.enrollmentId(), r.clientId(), label(n++, r.clientId(), today),
                    EnrollmentStatus.ACTIVE.name(), "", false, false, false, mark, note));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("group", groupRow(group, programNames()));
        model.put("session", view);
        model.put("when", dates.dayAndTime(view.start()));
        model.put("participants", rows);
        model.put("withheld", view.withheld());
        model.put("groupNote", typed.getOrDefault("groupNote", view.groupNote()));
        model.put("statuses", List.of(AttendanceStatus.values()).stream().map(Enum::name).toList());
        model.put("error", error);
        return new ModelAndView<>("programs/attendance", model);
    }

    /** A share as the page shows it, "66,7 %"; a suppressed share stays "<5". */
    private static Object percent(Object share) {
        return share instanceof Number n
                ? String.format(Locale.forLanguageTag("sv"), "%.1f %%", n.doubleValue() * 100) : share;
    }

    private static SessionRow sessionRow(PageDates dates, ProgramGroup g, GroupSession s, Map<String, String> names) {
        return new SessionRow(g.id(), s.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                s.occurrence(), dates.dayAndTime(s.startsAt()), dates.time(s.startsAt()), dates.time(s.endsAt()));
    }

    private static GroupRow groupRow(ProgramGroup g, Map<String, String> names) {
        return new GroupRow(g.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                g.facilitators().stream().map(f -> f.username() + " (" + f.org() + ")").collect(Collectors.joining(", ")),
                g.coFacilitated(), g.capacity(), g.intake().name());
    }

    private Map<String, String> programNames() {
        return catalog.all().stream().collect(Collectors.toMap(Program::code, Program::name));
    }

    /**
     * Programs keeps no names (they stay in intake's registry): participants are numbered, with the start of their id
     * and their age, enough to tell them apart in the room.
     */
    private String label(int index, UUID clientId, LocalDate today) {
        String age = facts.find(clientId).map(f -> f.ageOn(today)).filter(a -> a.isPresent())
                .map(a -> " · " + a.getAsInt() + " år").orElse("");
        return (index + 1) + " · " + clientId.toString().substring(0, 8) + age;
    }

    /** Days and times in the reader's language. */
    private PageDates dates(HttpRequest<?> request) {
        return PageDates.of(locales.resolveOrDefault(request), clock);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("participants", "names an unknown participant");
        }
    }

    private static AttendanceStatus status(String text) {
        try {
            return AttendanceStatus.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("status", "must be PRESENT, ABSENT or EXCUSED");
        }
    }
}
