package se.huset.programs.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.programs.ProgramsSettings;
import se.huset.programs.attendance.AttendanceRequest;
import se.huset.programs.attendance.AttendanceStatus;
import se.huset.programs.attendance.AttendanceView;
import se.huset.programs.attendance.TakingAttendance;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;
import se.huset.programs.enrollment.Enrolling;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.enrollment.EnrollmentView;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programmes' pages: a therapist's groups today, taking attendance, a group, the catalogue, and a client's
 * programme history. Client-level parts go through the same consent guard as the API.
 */
@Controller("/programs")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class ProgramPages {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final GroupRepository groups;
    private final CatalogRepository catalog;
    private final Enrolling enrolling;
    private final TakingAttendance attendance;
    private final ClientFacts facts;
    private final ProgramsSettings settings;
    private final Clock clock;

    public ProgramPages(GroupRepository groups, CatalogRepository catalog, Enrolling enrolling,
                        TakingAttendance attendance, ClientFacts facts, ProgramsSettings settings, Clock clock) {
        this.groups = groups;
        this.catalog = catalog;
        this.enrolling = enrolling;
        this.attendance = attendance;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    public record SessionRow(UUID groupId, UUID sessionId, String group, String program, int occurrence, String when,
                             String from, String to) {
    }

    public record GroupRow(UUID id, String name, String program, String facilitators, boolean coFacilitated,
                           int capacity, String intake) {
    }

    public record ParticipantRow(UUID enrollmentId, UUID clientId, String label, String status, String since,
                                 boolean returning, @Nullable String mark, @Nullable String note) {
    }

    public record EnrollmentRow(String program, String org, String status, String referred, String started,
                                String ended, boolean returning, boolean parallelTrack, @Nullable String goals,
                                @Nullable String dropReason, @Nullable Integer droppedAtSession) {
    }

    /** A therapist's groups meeting today, and all the groups they lead. */
    @Get("/today")
    public ModelAndView<Map<String, Object>> today(Authentication auth) {
        Staff staff = Staff.of(auth);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Map<UUID, ProgramGroup> mine = groups.ledBy(staff.username()).stream()
                .collect(Collectors.toMap(ProgramGroup::id, Function.identity()));
        Map<String, String> names = programNames();
        List<SessionRow> sessions = groups.sessionsBetween(today.atStartOfDay(settings.zone()).toInstant(),
                        today.plusDays(1).atStartOfDay(settings.zone()).toInstant()).stream()
                .filter(s -> mine.containsKey(s.groupId()))
                .map(s -> sessionRow(mine.get(s.groupId()), s, names)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("date", today.toString());
        model.put("sessions", sessions);
        model.put("groups", mine.values().stream().map(g -> groupRow(g, names))
                .sorted((a, b) -> a.name().compareTo(b.name())).toList());
        return new ModelAndView<>("programs/today", model);
    }

    @Get("/groups/{id}")
    public ModelAndView<Map<String, Object>> group(UUID id, @Nullable @QueryValue String saved, Authentication auth) {
        Staff staff = Staff.of(auth);
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        Map<String, String> names = programNames();
        Visible<EnrollmentView> participants = enrolling.forGroup(staff, id);
        List<ParticipantRow> rows = new ArrayList<>();
        for (int i = 0; i < participants.items().size(); i++) {
            EnrollmentView e = participants.items().get(i);
            rows.add(new ParticipantRow(e.id(), e.clientId(), label(i, e.clientId()), e.status().name(),
                    Objects.toString(e.startedOn() == null ? e.referredOn() : e.startedOn()), e.returning(), null, null));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("group", groupRow(group, names));
        model.put("participants", rows);
        model.put("withheld", participants.withheld());
        model.put("sessions", groups.sessions(id).stream().map(s -> sessionRow(group, s, names)).toList());
        model.put("saved", saved != null);
        return new ModelAndView<>("programs/group", model);
    }

    @Get("/groups/{id}/sessions/{sessionId}/attendance")
    public ModelAndView<Map<String, Object>> attendanceForm(UUID id, UUID sessionId, Authentication auth) {
        return attendancePage(Staff.of(auth), id, sessionId, null, Map.of());
    }

    /**
     * The whole session in one post: {@code status.<enrollment>} and {@code note.<enrollment>} per participant,
     * plus {@code groupNote}. A refusal shows the page again with what was typed.
     */
    @Post("/groups/{id}/sessions/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object takeAttendance(UUID id, UUID sessionId, @Body Map<String, String> form, Authentication auth) {
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
            return attendancePage(staff, id, sessionId, e.problem().detail(), form);
        }
        return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=" + sessionId));
    }

    @Get("/catalog")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    public ModelAndView<Map<String, Object>> catalog() {
        Map<String, Object> model = new HashMap<>();
        model.put("programs", catalog.all());
        return new ModelAndView<>("programs/catalog", model);
    }

    /** A client's programme history: what the reader may see, and honestly how much is withheld. */
    @Get("/clients/{clientId}")
    public ModelAndView<Map<String, Object>> client(UUID clientId, Authentication auth) {
        Visible<EnrollmentView> visible = enrolling.forClient(Staff.of(auth), clientId);
        Map<String, String> names = programNames();
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", clientId);
        model.put("age", facts.find(clientId).map(f -> f.ageOn(LocalDate.now(clock.withZone(settings.zone()))))
                .filter(a -> a.isPresent()).map(a -> String.valueOf(a.getAsInt())).orElse(null));
        model.put("rows", visible.items().stream().map(e -> new EnrollmentRow(names.getOrDefault(e.programCode(),
                        e.programCode()), e.ownerOrg(), e.status().name(), Objects.toString(e.referredOn(), ""),
                Objects.toString(e.startedOn(), ""), Objects.toString(e.endedOn(), ""), e.returning(),
                e.parallelTrack(), e.goals(), e.dropReason(), e.droppedAtSession())).toList());
        model.put("parallel", visible.items().stream().anyMatch(EnrollmentView::parallelTrack));
        model.put("withheld", visible.withheld());
        return new ModelAndView<>("programs/client", model);
    }

    private ModelAndView<Map<String, Object>> attendancePage(Staff staff, UUID id, UUID sessionId,
                                                             @Nullable String error, Map<String, String> typed) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        AttendanceView view = attendance.read(staff, id, sessionId);
        List<ParticipantRow> rows = new ArrayList<>();
        int n = 0;
        for (AttendanceView.Row r : view.items()) {
            if (r.enrollmentStatus() != EnrollmentStatus.ACTIVE) {
                continue;
            }
            String mark = typed.getOrDefault("status." + r.enrollmentId(), r.status() == null ? null : r.status().name());
            String note = typed.getOrDefault("note." + r.enrollmentId(), r.note());
            rows.add(new ParticipantRow(r.enrollmentId(), r.clientId(), label(n++, r.clientId()),
                    EnrollmentStatus.ACTIVE.name(), "", false, mark, note));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("group", groupRow(group, programNames()));
        model.put("session", view);
        model.put("when", DAY_TIME.format(view.start().atZone(settings.zone())));
        model.put("participants", rows);
        model.put("withheld", view.withheld());
        model.put("groupNote", typed.getOrDefault("groupNote", view.groupNote()));
        model.put("statuses", List.of(AttendanceStatus.values()).stream().map(Enum::name).toList());
        model.put("error", error);
        return new ModelAndView<>("programs/attendance", model);
    }

    private SessionRow sessionRow(ProgramGroup g, GroupSession s, Map<String, String> names) {
        return new SessionRow(g.id(), s.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                s.occurrence(), DAY_TIME.format(s.startsAt().atZone(settings.zone())), time(s.startsAt()), time(s.endsAt()));
    }

    private static GroupRow groupRow(ProgramGroup g, Map<String, String> names) {
        return new GroupRow(g.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                g.facilitators().stream().map(f -> f.username() + " (" + f.org() + ")").collect(Collectors.joining(", ")),
                g.coFacilitated(), g.capacity(), g.intake().name());
    }

    private Map<String, String> programNames() {
        return catalog.all().stream().collect(Collectors.toMap(Program::code, Program::name));
    }

    /** Programs keeps no names (they stay in intake's registry): participants are numbered, with the id's start. */
    private static String label(int index, UUID clientId) {
        return (index + 1) + " · " + clientId.toString().substring(0, 8);
    }

    private String time(Instant t) {
        return TIME.format(t.atZone(settings.zone()));
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
