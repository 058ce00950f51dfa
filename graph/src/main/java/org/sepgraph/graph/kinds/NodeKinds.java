package org.sepgraph.graph.kinds;

import java.util.List;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.model.Alliance;
import org.sepgraph.graph.model.Family;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.PoolCluster;
import org.sepgraph.graph.model.Standard;

/** The eight kinds of node, each mapped once. */
public final class NodeKinds {
    private NodeKinds() {}

    public static final NodeKind<Organization> ORGANIZATION = new Organizations();
    public static final NodeKind<Alliance> ALLIANCE = new Alliances();
    public static final NodeKind<Family> FAMILY = new Families();
    public static final NodeKind<Patent> PATENT = new Patents();
    public static final NodeKind<Standard> STANDARD = new Standards();
    public static final NodeKind<Pool> POOL = new Pools();
    public static final NodeKind<PoolCluster> POOL_CLUSTER = new PoolClusters();
    public static final NodeKind<License> LICENSE = new Licenses();

    /**
     * Every node kind, in the order a graph is written and exported: each one's references (a patent's family, a
     * licence's parties and scope) come before it.
     */
    public static final List<NodeKind<?>> ALL = List.of(ORGANIZATION, ALLIANCE, FAMILY, PATENT, STANDARD, POOL,
            POOL_CLUSTER, LICENSE);

    /** The kind whose bundle key is {@code key}, or null. */
    public static NodeKind<?> byBundleKey(String key) {
        return ALL.stream().filter(k -> k.bundleKey().equals(key)).findFirst().orElse(null);
    }
}
