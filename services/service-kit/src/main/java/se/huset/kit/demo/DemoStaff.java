package se.huset.kit.demo;

import se.huset.contracts.security.Org;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The clinicians of a county's demo history, one list for every service, so booking's treatment courses and
 * programs' groups name the same people: each body's demo therapist account and the county's further clinicians
 * (eight per body with it). They sign in as their names folded ("Anna Lindqvist" is anna.lindqvist).
 */
public final class DemoStaff {

    /** The further clinicians' full names by body. */
    public static final Map<Org, List<String>> COUNTY_CLINICIANS = Map.of(
            Org.REGION, List.of("Anna Lindqvist", "Erik Holm", "Maria Sjöberg", "Johan Berglund", "Lena Forsberg",
                    "Karin Nyström", "Oskar Wikström"),
            Org.KOMMUN, List.of("Elin Åberg", "Mats Hedlund", "Sofia Lundgren", "Per Engström", "Ida Söderberg",
                    "Nils Backman"));

    private DemoStaff() {
    }

    /** The usernames of a body's clinicians at county scale, its demo therapist first. */
    public static List<String> countyClinicians(Org org) {
        String demoTherapist = org == Org.REGION ? "therapist.region" : "therapist.kommun";
        return Stream.concat(Stream.of(demoTherapist), COUNTY_CLINICIANS.get(org).stream().map(DemoStaff::username))
                .toList();
    }

    /** "Anna Lindqvist" signs in as anna.lindqvist (Swedish letters folded). */
    public static String username(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(' ', '.');
    }
}
