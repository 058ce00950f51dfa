package org.sepgraph.bench;

import java.time.LocalDate;
import org.sepgraph.bench.Keys.BindingKey;
import org.sepgraph.bench.Keys.CoverageKey;
import org.sepgraph.bench.Keys.PathKey;
import org.sepgraph.bench.Keys.ReachKey;
import org.sepgraph.graph.model.NotFound;
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

/** The questions through the queries module over the driver: the same Java and Cypher the service runs, no HTTP. */
public final class Direct {
    private final CoverageQueries coverage;
    private final ReachQueries reach;
    private final BindingQueries binding;

    public Direct(GraphStore store) {
        coverage = new CoverageQueries(store);
        reach = new ReachQueries(store);
        binding = new BindingQueries(store);
    }

    public Coverage coverage(String standard, LocalDate asOf) {
        return coverage.coverage(CoverageRequest.of(standard, asOf));
    }

    public Reach reach(String organization, LocalDate asOf) {
        return reach.reach(ReachRequest.of(organization, asOf));
    }

    public StandardBinding binding(String standard, LocalDate asOf) {
        return binding.standard(new StandardBindingRequest(standard, asOf, null));
    }

    /** The chain, or null when there is none (the service's 404). */
    public Chain path(String organization, String patent, LocalDate asOf) {
        try {
            return reach.path(new PathRequest(organization, patent, asOf, 3));
        } catch (NotFound e) {
            if ("to".equals(e.field())) {
                return null;
            }
            throw e;
        }
    }

    public CoverageKey coverageKey(String standard, LocalDate asOf) {
        return Keys.of(coverage(standard, asOf));
    }

    public ReachKey reachKey(String organization, LocalDate asOf) {
        return Keys.of(reach(organization, asOf));
    }

    public BindingKey bindingKey(String standard, LocalDate asOf) {
        return Keys.of(binding(standard, asOf));
    }

    public PathKey pathKey(String organization, String patent, LocalDate asOf) {
        return Keys.of(path(organization, patent, asOf));
    }
}
