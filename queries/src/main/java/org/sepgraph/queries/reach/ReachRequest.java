package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/** Reach(organization, asOf, maxDepth, territories, unit), checked and defaulted (today, 3, all, FAMILY). */
public record ReachRequest(String organization, LocalDate asOf, Integer maxDepth, Set<String> territories, Unit unit,
                           Page.Request page) {
    public ReachRequest {
        organization = Params.id("id", organization);
        asOf = Params.orToday(asOf);
        maxDepth = Params.maxDepth(maxDepth);
        territories = Params.territories(territories);
        unit = Params.orFamily(unit);
        page = Params.orFirstPage(page);
    }

    public static ReachRequest of(String organization, LocalDate asOf) {
        return new ReachRequest(organization, asOf, null, null, null, null);
    }
}
