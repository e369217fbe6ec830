package se.huset.followup.frequent;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The frequent attenders now, for coordinators (consent-aware) and as counts for the steering group. */
@Singleton
public class FrequentAttenders {

    static final String RESOURCE = "frequent-attender";

    private final FrequentAttenderRule rule;
    private final EpisodeRepository episodes;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public FrequentAttenders(EpisodeRepository episodes, ConsentGuard guard, FollowupSettings settings, Clock clock,
                             @Value("${huset.followup.frequent.acute-visits:7}") int acuteVisits,
                             @Value("${huset.followup.frequent.inpatient-episodes:4}") int inpatientEpisodes,
                             @Value("${huset.followup.frequent.window-months:12}") int windowMonths) {
        this.rule = new FrequentAttenderRule(acuteVisits, inpatientEpisodes, windowMonths);
        this.episodes = episodes;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    @Serdeable
    public record Item(UUID clientId, int acuteVisits, int inpatientEpisodes, List<String> owners, Instant latest,
                       FrequentAttenderRule.SuggestedAction suggestedAction) {
    }

    /** One page of the frequent attenders ({@code next} the cursor of the following one), and how many there are in all. */
    @Serdeable
    public record Listing(List<Item> items, @io.micronaut.core.annotation.Nullable String next, int withheld, int count) {
    }

    /** The list's order: the most episodes first, then the latest contact, then the client id so the order is total. */
    private static final java.util.Comparator<Item> ORDER = java.util.Comparator
            .comparingInt((Item i) -> i.acuteVisits() + i.inpatientEpisodes()).reversed()
            .thenComparing(Item::latest, java.util.Comparator.reverseOrder()).thenComparing(Item::clientId);

    /**
     * The figures behind the steering group's 7 % / 38 %: persons and episodes in the window, acute visits and
     * inpatient episodes apart, and the frequent attenders' suggested actions.
     */
    public record Counts(long frequentAttenders, long persons, long frequentEpisodes, long episodes, long frequentAcute,
                         long acute, long frequentInpatient, long inpatient,
                         Map<FrequentAttenderRule.SuggestedAction, Long> suggestions) {
    }

    /**
     * One page, after {@code after} (a cursor of episodes, latest and client id). The list is a rolling tally of one
     * window, computed whole and cut in pages; not read-only: each shown client is written to the audit log.
     */
    @Transactional
    public Listing list(Staff reader, @io.micronaut.core.annotation.Nullable Cursor after, int limit) {
        List<FrequentAttenderRule.Tally> frequent = rule.frequentAttenders(tallies());
        List<Item> items = frequent.stream().map(t -> new Item(t.clientId(), t.acuteVisits(), t.inpatientEpisodes(),
                t.owners().stream().map(Org::name).sorted().toList(), t.latest(), FrequentAttenderRule.suggest(t)))
                .sorted(ORDER).toList();
        List<Item> rest = items;
        if (after != null) {
            Item last = new Item(after.uuid(2), (int) after.number(0), 0, List.of(), after.instant(1), null);
            rest = items.stream().filter(i -> ORDER.compare(i, last) > 0).toList();
        }
        Page<Item> rows = Page.of(rest.subList(0, Math.min(rest.size(), Page.fetchSize(limit))), limit,
                i -> Cursor.after(i.acuteVisits() + i.inpatientEpisodes(), i.latest(), i.clientId()));
        Page<Item> page = guard.page(reader, rows, i -> describe(reader, i), "FREQUENT_ATTENDERS_READ");
        return new Listing(page.items(), page.next(), page.withheld(), items.size());
    }

    @Transactional(readOnly = true)
    public Counts counts() {
        Map<UUID, FrequentAttenderRule.Tally> tallies = tallies();
        List<FrequentAttenderRule.Tally> frequent = rule.frequentAttenders(tallies);
        Map<FrequentAttenderRule.SuggestedAction, Long> suggestions = new java.util.EnumMap<>(FrequentAttenderRule.SuggestedAction.class);
        for (FrequentAttenderRule.SuggestedAction a : FrequentAttenderRule.SuggestedAction.values()) {
            suggestions.put(a, frequent.stream().filter(t -> FrequentAttenderRule.suggest(t) == a).count());
        }
        return new Counts(frequent.size(), tallies.size(),
                frequent.stream().mapToLong(FrequentAttenderRule.Tally::episodes).sum(),
                tallies.values().stream().mapToLong(FrequentAttenderRule.Tally::episodes).sum(),
                frequent.stream().mapToLong(FrequentAttenderRule.Tally::acuteVisits).sum(),
                tallies.values().stream().mapToLong(FrequentAttenderRule.Tally::acuteVisits).sum(),
                frequent.stream().mapToLong(FrequentAttenderRule.Tally::inpatientEpisodes).sum(),
                tallies.values().stream().mapToLong(FrequentAttenderRule.Tally::inpatientEpisodes).sum(), suggestions);
    }

    /**
     * The client's tally of each body whose own episodes in the window make the client a frequent attender: what a
     * reader may see of a body's part never rests on the other body's records.
     */
    public List<FrequentAttenderRule.Tally> frequentByBody(UUID clientId) {
        Instant now = clock.instant();
        List<Episode> window = episodes.forClientBetween(clientId, rule.windowStart(now, ClinicTime.ZONE),
                now.plusSeconds(1));
        return java.util.Arrays.stream(Org.values())
                .map(body -> rule.tally(window.stream().filter(e -> e.ownerOrg() == body).toList()).get(clientId))
                .filter(t -> t != null && rule.frequent(t)).toList();
    }

    private Map<UUID, FrequentAttenderRule.Tally> tallies() {
        Instant now = clock.instant();
        return rule.tally(episodes.between(rule.windowStart(now, ClinicTime.ZONE), now.plusSeconds(1)));
    }

    /**
     * The tally rests on each body's own records: the reader's own are always theirs to see, so the other body's
     * part is the one the consent rule decides on. CARE for the Region's episodes, SOCIAL for the Kommun's, as intake.
     */
    private static OwnedRecord describe(Staff reader, Item item) {
        Org owner = item.owners().stream().map(Org::valueOf).filter(o -> o != reader.org()).findFirst()
                .orElse(Org.valueOf(item.owners().get(0)));
        return describe(item.clientId(), owner);
    }

    /** A body's part of a tally: CARE for the Region's episodes, SOCIAL for the Kommun's, as intake. */
    static OwnedRecord describe(UUID clientId, Org owner) {
        return new OwnedRecord(clientId, owner, owner == Org.REGION ? DataCategory.CARE : DataCategory.SOCIAL, RESOURCE);
    }
}
