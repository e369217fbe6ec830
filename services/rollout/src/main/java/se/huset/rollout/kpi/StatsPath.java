package se.huset.rollout.kpi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a KPI's figure in a stats answer by a dotted path; {@code name[last]} takes the newest entry of a list
 * or of a map keyed by period (stats run oldest first).
 */
public final class StatsPath {

    private StatsPath() {
    }

    public static Optional<Object> find(Map<String, Object> stats, String path) {
        Object node = stats;
        for (String segment : path.split("\\.")) {
            boolean last = segment.endsWith("[last]");
            String name = last ? segment.substring(0, segment.length() - "[last]".length()) : segment;
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(name)) {
                return Optional.empty();
            }
            node = map.get(name);
            if (last) {
                if (node instanceof Map<?, ?> periods && !periods.isEmpty()) {
                    node = List.copyOf(periods.values()).get(periods.size() - 1);
                } else if (node instanceof List<?> list && !list.isEmpty()) {
                    node = list.get(list.size() - 1);
                } else {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(node);
    }
}
