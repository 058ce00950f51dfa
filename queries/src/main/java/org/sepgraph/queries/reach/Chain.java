package org.sepgraph.queries.reach;

import java.util.List;

/**
 * The one shortest chain of rights by which {@code organization} may practise {@code patent}: a reach item, a path
 * and a practitioner all have this shape. {@code licenses} runs from the licence held by the organisation's group to
 * the one granted by the owner or pool (empty when owned); {@code root} is that owner or pool; {@code path} lists the
 * nodes and relationships in the same order, for display. {@code family} is the patent's family (null if none).
 */
public record Chain(String organization, String patent, String family, Route route, List<String> licenses,
                    String root, List<Step> path) {
    public Chain {
        licenses = List.copyOf(licenses);
        path = List.copyOf(path);
    }
}
