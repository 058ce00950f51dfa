package org.sepgraph.queries.binding;

import java.util.List;

/**
 * A pool cluster with at least one pool serving the standard: members of E held on the date by any of its pools
 * (the union, family rule), their share of E, and its pools among those serving the standard.
 */
public record ClusterShare(String cluster, long covered, double share, List<String> pools) {
    public ClusterShare {
        pools = List.copyOf(pools);
    }
}
