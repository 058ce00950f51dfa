package org.sepgraph.queries.money;

import java.util.List;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.RoyaltyTerms;

/** A pool a plan may take: its id and all its royalty terms (the plans use the ones in effect on asOf). */
public record CandidatePool(String pool, List<RoyaltyTerms> royaltyTerms) {
    public CandidatePool {
        pool = Check.id("pool", pool);
        royaltyTerms = royaltyTerms == null ? List.of() : List.copyOf(royaltyTerms);
    }
}
