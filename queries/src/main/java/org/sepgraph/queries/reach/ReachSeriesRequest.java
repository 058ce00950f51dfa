package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.queries.DateSeries;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/** Reach of {@code organization} on every date of {@code series}, checked and defaulted like {@link ReachRequest}. */
public record ReachSeriesRequest(String organization, DateSeries series, Integer maxDepth, Set<String> territories,
                                 Unit unit) {
    public ReachSeriesRequest {
        organization = Params.id("id", organization);
        if (series == null) {
            throw new InvalidField("from", "from, to and step are required");
        }
        maxDepth = Params.maxDepth(maxDepth);
        territories = Params.territories(territories);
        unit = Params.orFamily(unit);
    }

    /** The reach request for one date of the series. */
    public ReachRequest on(LocalDate asOf) {
        return new ReachRequest(organization, asOf, maxDepth, territories, unit, null);
    }
}
