package org.sepgraph.queries.coverage;

import java.util.Set;
import org.sepgraph.queries.DateSeries;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/**
 * Coverage of {@code standard} on every date of {@code series}, checked and defaulted like {@link CoverageRequest}:
 * every territory, everyone (no licensee), FAMILY.
 */
public record CoverageSeriesRequest(String standard, DateSeries series, Set<String> territories, String licensee,
                                    Unit unit) {
    public CoverageSeriesRequest {
        standard = Params.id("id", standard);
        if (series == null) {
            throw new org.sepgraph.graph.model.InvalidField("from", "from, to and step are required");
        }
        territories = Params.territories(territories);
        licensee = Params.optionalId(licensee);
        unit = Params.orFamily(unit);
    }

    /** The coverage request for one date of the series (its first page: a series point lists no items). */
    public CoverageRequest on(java.time.LocalDate asOf) {
        return new CoverageRequest(standard, asOf, territories, licensee, unit, null);
    }
}
