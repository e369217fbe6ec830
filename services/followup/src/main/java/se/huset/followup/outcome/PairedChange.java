package se.huset.followup.outcome;

import se.huset.kit.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change from baseline to each follow-up, per programme: only clients with both forms count (paired), each
 * variable with its n and with {@code missing} = follow-up forms without a baseline to pair with. Means over fewer
 * than five pairs are suppressed.
 */
public final class PairedChange {

    public static final List<String> VARIABLES = List.of("alcoholDays", "drugDays", "health", "qualityOfLife", "treatment");

    /** One enrollment's baseline and follow-up answers, by variable. */
    public record Pair(String program, String kind, Map<String, Integer> baseline, Map<String, Integer> followUp) {
    }

    /** A follow-up form with no baseline form for the same enrollment. */
    public record Unpaired(String program, String kind) {
    }

    /** programme → follow-up kind → variable → figure of {@code {baseline, followUp, change}} means. */
    public Map<String, Map<String, Map<String, Figure>>> report(List<Pair> pairs, List<Unpaired> unpaired) {
        Map<String, Map<String, Map<String, Figure>>> out = new TreeMap<>();
        Map<String, Map<String, List<Pair>>> grouped = new TreeMap<>();
        pairs.forEach(p -> grouped.computeIfAbsent(p.program(), k -> new TreeMap<>())
                .computeIfAbsent(p.kind(), k -> new java.util.ArrayList<>()).add(p));
        unpaired.forEach(u -> grouped.computeIfAbsent(u.program(), k -> new TreeMap<>())
                .computeIfAbsent(u.kind(), k -> new java.util.ArrayList<>()));
        grouped.forEach((program, byKind) -> byKind.forEach((kind, list) -> {
            long missing = unpaired.stream().filter(u -> u.program().equals(program) && u.kind().equals(kind)).count();
            Map<String, Figure> variables = new LinkedHashMap<>();
            for (String v : VARIABLES) {
                variables.put(v, Figure.of(means(list, v), list.size(), missing));
            }
            out.computeIfAbsent(program, k -> new TreeMap<>()).put(kind, variables);
        }));
        return out;
    }

    private static Object means(List<Pair> pairs, String variable) {
        if (SmallCells.small(pairs.size())) {
            return SmallCells.SUPPRESSED;
        }
        double base = pairs.stream().mapToInt(p -> p.baseline().get(variable)).average().orElseThrow();
        double follow = pairs.stream().mapToInt(p -> p.followUp().get(variable)).average().orElseThrow();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("baseline", round(base));
        m.put("followUp", round(follow));
        m.put("change", round(follow - base));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
