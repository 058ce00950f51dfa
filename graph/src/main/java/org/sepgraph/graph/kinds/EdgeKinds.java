package org.sepgraph.graph.kinds;

import java.util.List;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.model.Affiliation;
import org.sepgraph.graph.model.Binding;
import org.sepgraph.graph.model.ClusterPool;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Licensor;
import org.sepgraph.graph.model.Membership;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.PoolPatent;

/** The relationships of the model that stand on their own in the API and the bundle, each mapped once. */
public final class EdgeKinds {
    private EdgeKinds() {}

    public static final EdgeKind<Membership> MEMBERSHIPS = new Memberships();
    public static final EdgeKind<Affiliation> AFFILIATIONS = new Affiliations();
    public static final EdgeKind<Ownership> OWNERSHIPS = new Ownerships();
    public static final EdgeKind<Declaration> DECLARATIONS = new Declarations();
    public static final EdgeKind<PoolPatent> POOL_PATENTS = new PoolPatents();
    public static final EdgeKind<Licensor> LICENSORS = new Licensors();
    public static final EdgeKind<Binding> BINDINGS = new Bindings();
    public static final EdgeKind<ClusterPool> CLUSTER_POOLS = new ClusterPools();

    /** Every relationship kind, in the order a graph is written and exported (after every node). */
    public static final List<EdgeKind<?>> ALL = List.of(MEMBERSHIPS, AFFILIATIONS, OWNERSHIPS, DECLARATIONS,
            POOL_PATENTS, LICENSORS, BINDINGS, CLUSTER_POOLS);

    /** The kind whose bundle key is {@code key}, or null. */
    public static EdgeKind<?> byBundleKey(String key) {
        return ALL.stream().filter(k -> k.bundleKey().equals(key)).findFirst().orElse(null);
    }
}
