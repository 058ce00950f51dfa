package org.sepgraph.bench;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.sepgraph.bench.Keys.BindingKey;
import org.sepgraph.bench.Keys.CoverageKey;
import org.sepgraph.bench.Keys.PathKey;
import org.sepgraph.bench.Keys.ReachKey;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.Reach;

/** One way of answering the four timed questions in the benchmark's JVM, and the keys the agreement compares. */
interface Answering {
    Coverage coverage(String standard, LocalDate asOf);

    Reach reach(String organization, LocalDate asOf);

    StandardBinding binding(String standard, LocalDate asOf);

    /** The chain, or null when there is none (the service's 404). */
    Chain path(String organization, String patent, LocalDate asOf);

    default CoverageKey coverageKey(String standard, LocalDate asOf) {
        return Keys.of(coverage(standard, asOf));
    }

    default ReachKey reachKey(String organization, LocalDate asOf) {
        return Keys.of(reach(organization, asOf));
    }

    default BindingKey bindingKey(String standard, LocalDate asOf) {
        return Keys.of(binding(standard, asOf));
    }

    default PathKey pathKey(String organization, String patent, LocalDate asOf) {
        return Keys.of(path(organization, patent, asOf));
    }

    /** A path question's chain, null where the answer is "no chain to that patent" (NotFound on {@code to}). */
    static Chain chainOrNone(Supplier<Chain> path) {
        try {
            return path.get();
        } catch (NotFound e) {
            if ("to".equals(e.field())) {
                return null;
            }
            throw e;
        }
    }
}
