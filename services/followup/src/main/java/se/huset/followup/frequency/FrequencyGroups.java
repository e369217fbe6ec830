package se.huset.followup.frequency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.followup.instrument.Sex;
import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Seed 003's frequency groups: persons with 1, 2, 3–6, 7–11 and 12+ contacts in a period, and per group the
 * persons, their share, the contacts, their share, mean age, share women and who reported.
 *
 * <p>A group of fewer than five persons is shown as {@code "<5"} in every figure. Since the totals are public,
 * a single hidden group could be recovered from them, so the next-smallest group is hidden with it.
 */
public final class FrequencyGroups {

    /** The figures of each group, in the order of seed 003's table. */
    public static final List<String> FIGURES = List.of("persons", "shareOfPersons", "contacts", "shareOfContacts",
            "meanAge", "shareWomen", "reporters");

    public enum Band {
        ONE("1", 1, 1), TWO("2", 2, 2), THREE_TO_SIX("3-6", 3, 6), SEVEN_TO_ELEVEN("7-11", 7, 11), TWELVE_PLUS("12+", 12, Integer.MAX_VALUE);

        final String label;
        final int min;
        final int max;

        Band(String label, int min, int max) {
            this.label = label;
            this.min = min;
            this.max = max;
        }

        static Band of(int contacts) {
            for (Band b : values()) {
                if (contacts >= b.min && contacts <= b.max) {
                    return b;
                }
            }
            throw new IllegalArgumentException("no band for " + contacts + " contacts");
        }
    }

    /** One person's contacts in the period; age at their latest contact, empty when the birth date is unknown. */
    public record Person(UUID clientId, int contacts, @Nullable Integer age, Sex sex, Map<String, Long> reporters) {
    }

    @Serdeable
    public record Group(String contacts, Map<String, Figure> figures) {
    }

    @Serdeable
    public record Report(List<Group> groups, Figure persons, Figure contacts) {
    }

    public Report report(List<Person> people) {
        Map<Band, List<Person>> byBand = new LinkedHashMap<>();
        for (Band b : Band.values()) {
            byBand.put(b, new ArrayList<>());
        }
        people.stream().filter(p -> p.contacts() > 0).forEach(p -> byBand.get(Band.of(p.contacts())).add(p));
        long persons = byBand.values().stream().mapToLong(List::size).sum();
        long contacts = byBand.values().stream().flatMap(List::stream).mapToLong(Person::contacts).sum();
        Set<Band> hidden = hidden(byBand);

        List<Group> groups = new ArrayList<>();
        byBand.forEach((band, members) -> groups.add(new Group(band.label,
                hidden.contains(band) ? suppressed() : figures(members, persons, contacts))));
        return new Report(groups, SmallCells.figure(SmallCells.count(persons), persons, 0),
                SmallCells.figure(SmallCells.count(contacts), contacts, 0));
    }

    static Set<Band> hidden(Map<Band, List<Person>> byBand) {
        Set<Band> hidden = new HashSet<>();
        byBand.forEach((b, members) -> {
            if (SmallCells.small(members.size())) {
                hidden.add(b);
            }
        });
        if (hidden.size() == 1) {
            byBand.entrySet().stream().filter(e -> !hidden.contains(e.getKey()))
                    .min(Comparator.comparingInt(e -> e.getValue().size()))
                    .ifPresent(e -> hidden.add(e.getKey()));
        }
        return hidden;
    }

    private static Map<String, Figure> figures(List<Person> members, long allPersons, long allContacts) {
        long persons = members.size();
        long contacts = members.stream().mapToLong(Person::contacts).sum();
        List<Integer> ages = members.stream().map(Person::age).filter(a -> a != null).toList();
        long women = members.stream().filter(p -> p.sex() == Sex.FEMALE).count();
        long knownSex = members.stream().filter(p -> p.sex() != Sex.UNKNOWN).count();
        Map<String, Long> reporters = new TreeMap<>();
        members.forEach(p -> p.reporters().forEach((r, n) -> reporters.merge(r, n, Long::sum)));

        Map<String, Figure> f = new LinkedHashMap<>();
        f.put("persons", SmallCells.figure(SmallCells.count(persons), allPersons, 0));
        f.put("shareOfPersons", SmallCells.figure(SmallCells.share(persons, allPersons), allPersons, 0));
        f.put("contacts", SmallCells.figure(SmallCells.count(contacts), allContacts, 0));
        f.put("shareOfContacts", SmallCells.figure(SmallCells.share(contacts, allContacts), allContacts, 0));
        f.put("meanAge", SmallCells.figure(mean(ages), ages.size(), persons - ages.size()));
        f.put("shareWomen", SmallCells.figure(SmallCells.share(women, knownSex), knownSex, persons - knownSex));
        f.put("reporters", SmallCells.figure(SmallCells.breakdown(reporters), contacts, 0));
        return f;
    }

    /** A mean of fewer than five ages would describe individuals. */
    private static Object mean(List<Integer> ages) {
        if (SmallCells.small(ages.size())) {
            return SmallCells.SUPPRESSED;
        }
        return Math.round(10.0 * ages.stream().mapToInt(Integer::intValue).average().orElseThrow()) / 10.0;
    }

    private static Map<String, Figure> suppressed() {
        Map<String, Figure> f = new LinkedHashMap<>();
        for (String key : FIGURES) {
            f.put(key, new Figure(SmallCells.SUPPRESSED, SmallCells.SUPPRESSED, 0L));
        }
        return f;
    }
}
