package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.PoolPatent;

@Path("/api/v1/pool-patents")
@Tag(name = "Pool contents", description = "Patents in pools over time")
public class PoolPatentResource extends EdgeResource<PoolPatent> {
    @Override
    protected EdgeKind<PoolPatent> kind() {
        return EdgeKinds.POOL_PATENTS;
    }
}
