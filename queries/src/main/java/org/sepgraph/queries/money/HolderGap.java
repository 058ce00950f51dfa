package org.sepgraph.queries.money;

import java.util.List;

/**
 * An owner of essential patents a plan leaves uncovered: the families it must still be asked for bilaterally
 * ({@code count} of them, ids sorted). A co-owned patent counts for each owner; a family counts once per owner.
 */
public record HolderGap(String holder, long count, List<String> families) {
    public HolderGap {
        families = List.copyOf(families);
    }
}
