package org.sepgraph.queries.landscape;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/**
 * Landscape(standard, asOf, territories, unit), checked and defaulted: today, every territory, FAMILY, the first
 * page (of the holders and of both "outside" lists).
 */
public record LandscapeRequest(String standard, LocalDate asOf, Set<String> territories, Unit unit,
                               Page.Request page) {
    public LandscapeRequest {
        standard = Params.id("id", standard);
        asOf = Params.orToday(asOf);
        territories = Params.territories(territories);
        unit = Params.orFamily(unit);
        page = Params.orFirstPage(page);
    }

    /** The landscape of {@code standard} on {@code asOf}, in every territory, by family. */
    public static LandscapeRequest of(String standard, LocalDate asOf) {
        return new LandscapeRequest(standard, asOf, null, null, null);
    }
}
