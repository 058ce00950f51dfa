package org.sepgraph.queries;

import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.PoolBinding;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.reach.ReachRequest;
import org.sepgraph.queries.reference.BindingQueries;
import org.sepgraph.queries.reference.CoverageQueries;
import org.sepgraph.queries.reference.ReachQueries;

/**
 * The questions, asked one way or the other: from memory (the engine, what the service answers with) or through
 * Cypher on the store (the independent reference, kept for tests only). Both must give the same answers.
 */
public interface Ask {
    Coverage coverage(CoverageRequest q);

    Reach reach(ReachRequest q);

    Chain path(PathRequest q);

    Practitioners practitioners(PractitionersRequest q);

    StandardBinding standard(StandardBindingRequest q);

    PoolBinding pool(PoolBindingRequest q);

    /** The engine, loaded now from the store (a test that changes the store loads it again). */
    static Ask engine(GraphStore store) {
        Engine engine = new Engine(store);
        engine.load();
        return new Ask() {
            public Coverage coverage(CoverageRequest q) {
                return CoverageQuestion.coverage(engine.current(), q);
            }

            public Reach reach(ReachRequest q) {
                return ReachQuestion.reach(engine.current(), q);
            }

            public Chain path(PathRequest q) {
                return ReachQuestion.path(engine.current(), q);
            }

            public Practitioners practitioners(PractitionersRequest q) {
                return ReachQuestion.practitioners(engine.current(), q);
            }

            public StandardBinding standard(StandardBindingRequest q) {
                return BindingQuestion.standard(engine.current(), q);
            }

            public PoolBinding pool(PoolBindingRequest q) {
                return BindingQuestion.pool(engine.current(), q);
            }
        };
    }

    /** The Cypher reference on the store. */
    static Ask reference(GraphStore store) {
        CoverageQueries coverage = new CoverageQueries(store);
        ReachQueries reach = new ReachQueries(store);
        BindingQueries binding = new BindingQueries(store);
        return new Ask() {
            public Coverage coverage(CoverageRequest q) {
                return coverage.coverage(q);
            }

            public Reach reach(ReachRequest q) {
                return reach.reach(q);
            }

            public Chain path(PathRequest q) {
                return reach.path(q);
            }

            public Practitioners practitioners(PractitionersRequest q) {
                return reach.practitioners(q);
            }

            public StandardBinding standard(StandardBindingRequest q) {
                return binding.standard(q);
            }

            public PoolBinding pool(PoolBindingRequest q) {
                return binding.pool(q);
            }
        };
    }
}
