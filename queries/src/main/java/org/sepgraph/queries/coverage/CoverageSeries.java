package org.sepgraph.queries.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sepgraph.queries.Unit;

/**
 * How coverage of {@code standard} moves over time: one {@link CoveragePoint} per date from {@code from} by
 * {@code step} (an ISO-8601 period) up to {@code to}, each equal to the coverage answer for that date on the same
 * snapshot (same territories, licensee and unit).
 */
public record CoverageSeries(String standard, LocalDate from, LocalDate to, String step, Set<String> territories,
                             String licensee, Unit unit, List<CoveragePoint> points) {
    public CoverageSeries {
        territories = Set.copyOf(territories);
        points = List.copyOf(points);
    }
}
