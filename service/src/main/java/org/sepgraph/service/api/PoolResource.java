package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Pool;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Patent pools")
public class PoolResource extends NodeResource<Pool> {
    @Override
    protected NodeKind<Pool> kind() {
        return NodeKinds.POOL;
    }
}
