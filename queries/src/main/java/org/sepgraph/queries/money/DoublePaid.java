package org.sepgraph.queries.money;

import java.util.List;

/** A family that two or more of a plan's pools each hold whole (every one of its essential patents), and which. */
public record DoublePaid(String family, List<String> pools) {
    public DoublePaid {
        pools = List.copyOf(pools);
    }
}
