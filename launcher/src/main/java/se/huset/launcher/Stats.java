package se.huset.launcher;

import java.util.List;

/** The few statistics the bench reports: nearest-rank percentiles, the median of per-round ratios, targets. */
final class Stats {

    private Stats() {
    }

    /** The nearest-rank percentile of sorted values (q = 0.95: the smallest value at or above 95 % of them). */
    static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(1, Math.min(rank, sorted.size())) - 1);
    }

    /** The median, NaN for none; the values that are NaN (a ratio without a reference) are left out. */
    static double median(List<Double> values) {
        List<Double> known = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        if (known.isEmpty()) {
            return Double.NaN;
        }
        int n = known.size();
        return n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2;
    }

    static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    /** A figure as the report shows it: two decimals, n/a for none. */
    static String show(double value) {
        return Double.isNaN(value) ? "n/a" : BenchRun.format("%.2f", value);
    }

    /** "✅ met" or "❌ missed": at least the target (higher is better) or below it. */
    static String meets(double value, double target, boolean higherIsBetter) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return (higherIsBetter ? value >= target : value < target) ? "✅ met" : "❌ missed";
    }
}
