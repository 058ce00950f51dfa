package org.sepgraph.bench;

import java.time.LocalDate;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.reach.ReachRequest;

/**
 * The service's own computation without HTTP: an {@link Engine} loaded in the benchmark's JVM from the service's
 * store (over Bolt, as a second instance loads it) and the same question classes the service calls on its
 * snapshot. What an answer costs before JSON and the network: the in-memory bound the service is held to.
 */
public final class InMemory implements Answering {
    private final Snapshot snapshot;
    private final double loadSeconds;

    public InMemory(GraphStore store) {
        Engine engine = new Engine(store);
        long t0 = System.nanoTime();
        engine.load();
        loadSeconds = (System.nanoTime() - t0) / 1e9;
        snapshot = engine.current();
    }

    /** How long loading the whole graph took here (the service logs and exports its own at start). */
    public double loadSeconds() {
        return loadSeconds;
    }

    /** The snapshot the questions are asked on (the searches use it too). */
    public Snapshot snapshot() {
        return snapshot;
    }

    public long version() {
        return snapshot.version();
    }

    @Override
    public Coverage coverage(String standard, LocalDate asOf) {
        return CoverageQuestion.coverage(snapshot, CoverageRequest.of(standard, asOf));
    }

    @Override
    public Reach reach(String organization, LocalDate asOf) {
        return ReachQuestion.reach(snapshot, ReachRequest.of(organization, asOf));
    }

    @Override
    public StandardBinding binding(String standard, LocalDate asOf) {
        return BindingQuestion.standard(snapshot, new StandardBindingRequest(standard, asOf, null));
    }

    @Override
    public Chain path(String organization, String patent, LocalDate asOf) {
        return Answering.chainOrNone(
                () -> ReachQuestion.path(snapshot, new PathRequest(organization, patent, asOf, 3)));
    }
}
