package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sepgraph.queries.Unit;

/**
 * How an organisation's reach moves over time: one {@link ReachPoint} per date from {@code from} by {@code step}
 * (an ISO-8601 period) up to {@code to}, each equal to the reach answer for that date on the same snapshot.
 */
public record ReachSeries(String organization, LocalDate from, LocalDate to, String step, int maxDepth,
                          Set<String> territories, Unit unit, List<ReachPoint> points) {
    public ReachSeries {
        territories = Set.copyOf(territories);
        points = List.copyOf(points);
    }
}
