package org.sepgraph.queries.coverage;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/**
 * Coverage(standard, asOf, territories, licensee, unit), checked and defaulted: asOf today, every territory,
 * everyone (no licensee), FAMILY, the first page.
 */
public record CoverageRequest(String standard, LocalDate asOf, Set<String> territories, String licensee, Unit unit,
                              Page.Request page) {
    public CoverageRequest {
        standard = Params.id("id", standard);
        asOf = Params.orToday(asOf);
        territories = Params.territories(territories);
        licensee = Params.optionalId(licensee);
        unit = Params.orFamily(unit);
        page = Params.orFirstPage(page);
    }

    /** Everyone's coverage of {@code standard} on {@code asOf}, in every territory, by family. */
    public static CoverageRequest of(String standard, LocalDate asOf) {
        return new CoverageRequest(standard, asOf, null, null, null, null);
    }
}
