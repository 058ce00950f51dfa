package org.sepgraph.queries.reach;

import java.time.LocalDate;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;

/** Practitioners(patent, asOf, maxDepth), checked and defaulted; {@code patent} is any publication number. */
public record PractitionersRequest(String patent, LocalDate asOf, Integer maxDepth, Page.Request page) {
    public PractitionersRequest {
        patent = Params.id("id", patent);
        asOf = Params.orToday(asOf);
        maxDepth = Params.maxDepth(maxDepth);
        page = Params.orFirstPage(page);
    }
}
