package se.huset.followup.frequent;

import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mångbesökare (seed 000): at least {@code acuteVisits} ACUTE_VISIT and/or at least {@code inpatientEpisodes}
 * INPATIENT_EPISODE contacts within a rolling window ending now. The report calls the threshold local and
 * arbitrary, so all three numbers are configuration.
 */
public final class FrequentAttenderRule {

    public static final Set<String> EPISODE_KINDS = Set.of(ContactKind.ACUTE_VISIT.name(), ContactKind.INPATIENT_EPISODE.name());

    private final int acuteVisits;
    private final int inpatientEpisodes;
    private final int windowMonths;

    public FrequentAttenderRule(int acuteVisits, int inpatientEpisodes, int windowMonths) {
        this.acuteVisits = acuteVisits;
        this.inpatientEpisodes = inpatientEpisodes;
        this.windowMonths = windowMonths;
    }

    /** Where the rolling window starts when it ends at {@code now}. */
    public Instant windowStart(Instant now, ZoneId zone) {
        return ZonedDateTime.ofInstant(now, zone).minusMonths(windowMonths).toInstant();
    }

    /** A client's acute and inpatient episodes in the window, and from which bodies they came. */
    public record Tally(UUID clientId, int acuteVisits, int inpatientEpisodes, Set<Org> owners, Instant latest) {
        public int episodes() {
            return acuteVisits + inpatientEpisodes;
        }
    }

    /** Tallies episodes already limited to the window; contacts of other kinds are ignored. */
    public Map<UUID, Tally> tally(Collection<Episode> inWindow) {
        Map<UUID, Tally> out = new LinkedHashMap<>();
        inWindow.stream().filter(e -> e.clientId() != null && EPISODE_KINDS.contains(e.kind()))
                .sorted(Comparator.comparing(Episode::occurredAt))
                .forEach(e -> out.merge(e.clientId(), single(e), FrequentAttenderRule::add));
        return out;
    }

    public boolean frequent(Tally t) {
        return t.acuteVisits() >= acuteVisits || t.inpatientEpisodes() >= inpatientEpisodes;
    }

    /** The frequent attenders among the tallies, heaviest first. */
    public List<Tally> frequentAttenders(Map<UUID, Tally> tallies) {
        return tallies.values().stream().filter(this::frequent)
                .sorted(Comparator.comparingInt(Tally::episodes).reversed().thenComparing(Tally::latest, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Care from both bodies calls for a SIP (SoL 2:7, HSL 16:4); care from one body for a case manager who holds
     * the thread, as seed 000 found nobody did.
     */
    public static SuggestedAction suggest(Tally t) {
        return t.owners().size() > 1 ? SuggestedAction.SIP : SuggestedAction.CASE_MANAGER;
    }

    public enum SuggestedAction { SIP, CASE_MANAGER }

    private static Tally single(Episode e) {
        boolean acute = ContactKind.ACUTE_VISIT.name().equals(e.kind());
        return new Tally(e.clientId(), acute ? 1 : 0, acute ? 0 : 1, EnumSet.of(e.ownerOrg()), e.occurredAt());
    }

    private static Tally add(Tally a, Tally b) {
        Set<Org> owners = EnumSet.copyOf(a.owners());
        owners.addAll(b.owners());
        return new Tally(a.clientId(), a.acuteVisits() + b.acuteVisits(), a.inpatientEpisodes() + b.inpatientEpisodes(),
                owners, a.latest().isAfter(b.latest()) ? a.latest() : b.latest());
    }
}
