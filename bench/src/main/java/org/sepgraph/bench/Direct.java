package org.sepgraph.bench;

import java.time.LocalDate;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachRequest;
import org.sepgraph.queries.reference.BindingQueries;
import org.sepgraph.queries.reference.CoverageQueries;
import org.sepgraph.queries.reference.ReachQueries;

/** The Cypher reference (the first wave's questions, kept in queries' test scope) over the driver: a second opinion. */
public final class Direct implements Answering {
    private final CoverageQueries coverage;
    private final ReachQueries reach;
    private final BindingQueries binding;

    public Direct(GraphStore store) {
        coverage = new CoverageQueries(store);
        reach = new ReachQueries(store);
        binding = new BindingQueries(store);
    }

    @Override
    public Coverage coverage(String standard, LocalDate asOf) {
        return coverage.coverage(CoverageRequest.of(standard, asOf));
    }

    @Override
    public Reach reach(String organization, LocalDate asOf) {
        return reach.reach(ReachRequest.of(organization, asOf));
    }

    @Override
    public StandardBinding binding(String standard, LocalDate asOf) {
        return binding.standard(new StandardBindingRequest(standard, asOf, null));
    }

    @Override
    public Chain path(String organization, String patent, LocalDate asOf) {
        return Answering.chainOrNone(() -> reach.path(new PathRequest(organization, patent, asOf, 3)));
    }
}
