package se.huset.followup.outcome;

import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change from baseline to each follow-up, per programme: only clients with both forms count (paired), each
 * variable with its n and with {@code missing} = follow-up forms without a baseline to pair with. Means over fewer
 * than five pairs are suppressed. The pairing and the sums are the database's ({@link OutcomeReport}): years of
 * forms are never held in memory.
 */
public final class PairedChange {

    public static final List<String> VARIABLES = List.of("alcoholDays", "drugDays", "health", "qualityOfLife", "treatment");

    /**
     * The pairs of one programme at one follow-up: how many follow-up forms had a baseline of the same enrollment
     * ({@code pairs}) and how many had none ({@code missing}), with the paired forms' means per variable.
     */
    public record Cell(String program, String kind, long pairs, long missing, Map<String, Double> baselineMeans,
                       Map<String, Double> followUpMeans) {
    }

    /** programme → follow-up kind → variable → figure of {@code {baseline, followUp, change}} means. */
    public Map<String, Map<String, Map<String, Figure>>> report(List<Cell> cells) {
        Map<String, Map<String, Map<String, Figure>>> out = new TreeMap<>();
        for (Cell cell : cells) {
            Map<String, Figure> variables = new LinkedHashMap<>();
            for (String v : VARIABLES) {
                variables.put(v, SmallCells.figure(means(cell, v), cell.pairs(), cell.missing()));
            }
            out.computeIfAbsent(cell.program(), k -> new TreeMap<>()).put(cell.kind(), variables);
        }
        return out;
    }

    private static Object means(Cell cell, String variable) {
        if (SmallCells.small(cell.pairs())) {
            return SmallCells.SUPPRESSED;
        }
        double base = cell.baselineMeans().get(variable);
        double follow = cell.followUpMeans().get(variable);
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
