package se.huset.intake.overview;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.kit.web.PageMessages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The timeline in the reader's words. The services state their steps as codes ({@link TimelineEntry}); a code is
 * worded by the first text found: {@code timeline.status.<KIND>.<code>}, the words intake already has for it
 * (a contact's kind, a triage's pathway), {@code timeline.status.<code>}; a code no bundle knows yet (a service
 * added one) is shown as it is rather than hidden.
 */
public final class TimelineLines {

    /** One step as the page shows it: "Programme: CRA group", "completed (present at 7 of 8 sessions)". */
    public record Line(TimelineEntry entry, String body, String kind, String headline, @Nullable String detail,
                       @Nullable String link, boolean upcoming) {
    }

    /** Words intake already has for some codes: contacts' kinds and states, triage's, actualisations', decisions'. */
    private static final Map<TimelineKind, String> LABELS = Map.of(TimelineKind.CONTACT, "kind.",
            TimelineKind.TRIAGE, "urgency.", TimelineKind.WAITING, "urgency.", TimelineKind.ACTUALISATION, "actualisation.",
            TimelineKind.DECISION, "intervention.");
    private static final Map<TimelineKind, List<String>> STATUSES = Map.of(
            TimelineKind.CONTACT, List.of("status.", "closeReason."), TimelineKind.TRIAGE, List.of("pathway."));

    private TimelineLines() {
    }

    /** The steps in words; one after {@code now} (a follow-up due later, say) is marked upcoming. */
    public static List<Line> of(List<TimelineEntry> entries, PageMessages.Translator texts, Instant now) {
        return entries.stream().map(e -> line(e, texts, now)).toList();
    }

    /** "Region: 3 care records withheld – consent missing", one per body, category and reason. */
    public static List<String> withheld(List<TimelineWithheld> withheld, PageMessages.Translator texts) {
        return withheld.stream().map(w -> texts.text("timeline.withheld", texts.text("org." + w.body()), w.count(),
                texts.text("category." + w.category()), texts.find("timeline.reason." + w.reason())
                        .orElse(w.reason()))).toList();
    }

    private static Line line(TimelineEntry e, PageMessages.Translator texts, Instant now) {
        String kind = e.kind().name();
        String label = e.label() == null ? null : first(texts, e.label(), Stream.concat(
                Stream.of("timeline.label." + kind + "."), Optional.ofNullable(LABELS.get(e.kind())).stream())
                .toList(), "timeline.label.");
        String status = e.status() == null ? null : first(texts, e.status(), Stream.concat(
                Stream.of("timeline.status." + kind + "."), STATUSES.getOrDefault(e.kind(), List.of()).stream())
                .toList(), "timeline.status.");
        String figure = e.value() == null ? null : e.of() == null
                ? texts.find("timeline.figure." + kind, e.value()).orElse(String.valueOf(e.value()))
                : texts.find("timeline.figure." + kind + ".of", e.value(), e.of()).orElse(e.value() + "/" + e.of());
        String headline = texts.text("timeline.kind." + kind) + (label == null ? "" : ": " + label);
        String detail = status == null && figure == null ? null
                : status == null ? figure : figure == null ? status : status + " (" + figure + ")";
        return new Line(e, texts.text("org." + e.body()), texts.text("timeline.kind." + kind), headline, detail,
                e.link(), e.at().isAfter(now));
    }

    private static String first(PageMessages.Translator texts, String code, List<String> prefixes, String last) {
        return Stream.concat(prefixes.stream(), Stream.of(last))
                .map(prefix -> texts.find(prefix + code))
                .flatMap(Optional::stream)
                .findFirst().orElse(code);
    }
}
