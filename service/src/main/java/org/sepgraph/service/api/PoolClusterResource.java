package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.PoolCluster;

@Path("/api/v1/pool-clusters")
@Tag(name = "Pool clusters", description = "Clusters of pools that support each other")
public class PoolClusterResource extends NodeResource<PoolCluster> {
    @Override
    protected NodeKind<PoolCluster> kind() {
        return NodeKinds.POOL_CLUSTER;
    }
}
