package org.sepgraph.queries.binding;

import java.time.LocalDate;
import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * Binding of a standard on {@code asOf} (DESIGN.md "Binding(S)"): every pool that BINDS it or holds a member of its
 * essential set E, by pool id; the overlapping pairs, by ids; the clusters, by id. Counts follow {@code unit};
 * {@code essential} is |E| in that unit and {@code unknownExpiry} the patents of E without an expiry date.
 */
public record StandardBinding(String standard, LocalDate asOf, Unit unit, long essential, long unknownExpiry,
                              List<PoolShare> pools, List<Overlap> overlaps, List<ClusterShare> clusters) {
    public StandardBinding {
        pools = List.copyOf(pools);
        overlaps = List.copyOf(overlaps);
        clusters = List.copyOf(clusters);
    }
}
