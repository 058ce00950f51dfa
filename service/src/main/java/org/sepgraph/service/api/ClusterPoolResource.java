package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.ClusterPool;

@Path("/api/v1/cluster-pools")
@Tag(name = "Cluster membership", description = "Pools in clusters")
public class ClusterPoolResource extends EdgeResource<ClusterPool> {
    @Override
    protected EdgeKind<ClusterPool> kind() {
        return EdgeKinds.CLUSTER_POOLS;
    }
}
