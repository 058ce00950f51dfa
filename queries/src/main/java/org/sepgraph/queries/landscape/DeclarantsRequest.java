package org.sepgraph.queries.landscape;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;

/**
 * Declarants(standard, asOf, territories, inForce), checked and defaulted: today, every territory, declarations
 * of every patent whatever its force (inForce false), the first page.
 */
public record DeclarantsRequest(String standard, LocalDate asOf, Set<String> territories, boolean inForce,
                                Page.Request page) {
    public DeclarantsRequest {
        standard = Params.id("id", standard);
        asOf = Params.orToday(asOf);
        territories = Params.territories(territories);
        page = Params.orFirstPage(page);
    }

    /** Every declaration to {@code standard} or its parts made by {@code asOf}, of any patent. */
    public static DeclarantsRequest of(String standard, LocalDate asOf) {
        return new DeclarantsRequest(standard, asOf, null, false, null);
    }
}
