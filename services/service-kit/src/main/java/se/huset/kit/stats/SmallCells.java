package se.huset.kit.stats;

import se.huset.contracts.stats.Figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small-cell suppression for every aggregate HUSET publishes: these are small towns and the people are
 * identifiable. A count below {@link #THRESHOLD} is shown as {@code "<5"}, and so is any figure derived from it.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "<5";

    private SmallCells() {
    }

    /** A figure resting on {@code n} persons' records: {@code n} and {@code missing} are hidden when small too. */
    public static Figure figure(Object value, long n, long missing) {
        return new Figure(value, count(n), missing == 0 ? 0L : count(missing));
    }

    public static boolean small(long count) {
        return count < THRESHOLD;
    }

    public static Object count(long count) {
        return small(count) ? SUPPRESSED : count;
    }

    /**
     * A share {@code part / whole}: suppressed when the part, the whole or the rest ({@code whole - part}) is small,
     * since any of them would reveal a small group.
     */
    public static Object share(long part, long whole) {
        if (small(part) || small(whole) || small(whole - part)) {
            return SUPPRESSED;
        }
        return Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** A median of {@code values}; suppressed when fewer than five values go into it. */
    public static Object median(List<Double> values) {
        if (small(values.size())) {
            return SUPPRESSED;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return median(sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2, sorted.size());
    }

    /** A median computed elsewhere (in SQL) over {@code n} values; suppressed when {@code n} is small. */
    public static Object median(double median, long n) {
        return small(n) ? SUPPRESSED : Math.round(median * 10) / 10.0;
    }

    /**
     * A breakdown whose total is published. If exactly one cell is suppressed, it could be recovered from the
     * total, so the next-smallest cell is suppressed with it (complementary suppression).
     */
    public static Map<String, Object> breakdown(Map<String, Long> counts) {
        List<String> small = counts.entrySet().stream().filter(e -> small(e.getValue())).map(Map.Entry::getKey).toList();
        String complement = null;
        if (small.size() == 1) {
            complement = counts.entrySet().stream()
                    .filter(e -> !small(e.getValue()))
                    .min(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            boolean hide = small(e.getValue()) || e.getKey().equals(complement);
            out.put(e.getKey(), hide ? SUPPRESSED : e.getValue());
        }
        return out;
    }

    /** Sums a breakdown's raw counts, for the total published beside it. */
    public static long total(Map<String, Long> counts) {
        return counts.values().stream().collect(Collectors.summingLong(Long::longValue));
    }
}
