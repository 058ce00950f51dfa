package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.ClusterPool;

/** Pools in a cluster of pools (IN_CLUSTER, from the pool). */
public final class ClusterPools extends EdgeKind<ClusterPool> {
    ClusterPools() {
        super("cluster-pools", "clusterPools", "IN_CLUSTER", Label.Pool, "pool",
                Label.PoolCluster, "cluster", null, ClusterPool.class);
    }

    @Override
    public String fromId(ClusterPool value) {
        return value.pool();
    }

    @Override
    public String toId(ClusterPool value) {
        return value.cluster();
    }

    @Override
    protected Map<String, Object> properties(ClusterPool value) {
        return Map.of();
    }

    @Override
    public ClusterPool read(Value v) {
        return new ClusterPool(text(v, "to"), text(v, "from"));
    }
}
