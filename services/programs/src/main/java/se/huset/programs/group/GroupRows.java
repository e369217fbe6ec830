package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.web.PageDates;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rows the group pages (today, a group, attendance) show of groups, sessions and participants. */
@Singleton
public class GroupRows {

    private final CatalogRepository catalog;
    private final ClientFacts facts;

    public GroupRows(CatalogRepository catalog, ClientFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
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

    /** Programme names by code. */
    public Map<String, String> programNames() {
        return catalog.all().stream().collect(Collectors.toMap(Program::code, Program::name));
    }

    public static SessionRow sessionRow(PageDates dates, ProgramGroup g, GroupSession s, Map<String, String> names) {
        return new SessionRow(g.id(), s.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                s.occurrence(), dates.dayAndTime(s.startsAt()), dates.time(s.startsAt()), dates.time(s.endsAt()));
    }

    public static GroupRow groupRow(ProgramGroup g, Map<String, String> names) {
        return new GroupRow(g.id(), g.name(), names.getOrDefault(g.programCode(), g.programCode()),
                g.facilitators().stream().map(f -> f.username() + " (" + f.org() + ")").collect(Collectors.joining(", ")),
                g.coFacilitated(), g.capacity(), g.intake().name());
    }

    /**
     * Programs keeps no names (they stay in intake's registry): participants are numbered, with the start of their id
     * and their age, enough to tell them apart in the room.
     */
    public String label(int index, UUID clientId, LocalDate today) {
        String age = facts.find(clientId).map(f -> f.ageOn(today)).filter(a -> a.isPresent())
                .map(a -> " · " + a.getAsInt() + " år").orElse("");
        return (index + 1) + " · " + clientId.toString().substring(0, 8) + age;
    }
}
