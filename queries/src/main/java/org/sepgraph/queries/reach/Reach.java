package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Unit;

/**
 * Which patents {@code organization} may practise on {@code asOf}: owned by its group or reached through a chain
 * of at most {@code maxDepth} licences, in {@code territories} (empty = all). Counts follow {@code unit}:
 * {@code reached} and {@code byOwner} count distinct patents or families; {@code byRoute} counts each patent, or
 * each family once under the best route of its reached patents (so the four add up to {@code reached}).
 * {@code unknownExpiry} counts reached patents without an expiry date (counted as in force). {@code items} are the
 * reached patents, by id, each with its one shortest chain.
 */
public record Reach(String organization, LocalDate asOf, int maxDepth, Set<String> territories, Unit unit,
                    long reached, long unknownExpiry, Map<Route, Long> byRoute, List<OwnerCount> byOwner,
                    Page<Chain> items) {
    public Reach {
        territories = Set.copyOf(territories);
        byOwner = List.copyOf(byOwner);
    }
}
