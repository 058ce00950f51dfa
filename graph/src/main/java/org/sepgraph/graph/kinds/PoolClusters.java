package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.model.PoolCluster;

/** Pool clusters: properties only; their pools point to them ({@link ClusterPools}). */
public final class PoolClusters extends NodeKind<PoolCluster> {
    PoolClusters() {
        super(Label.PoolCluster, "pool-clusters", "clusters", PoolCluster.class);
    }

    @Override
    public String id(PoolCluster c) {
        return c.id();
    }

    @Override
    public NodeRow row(PoolCluster c) {
        return NodeRow.of(c.id(), props("id", c.id(), "name", c.name()));
    }

    @Override
    public PoolCluster read(Value v) {
        return new PoolCluster(text(v, "id"), text(v, "name"));
    }
}
