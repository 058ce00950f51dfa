package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Ownership;

@Path("/api/v1/ownerships")
@Tag(name = "Ownerships", description = "Owners and co-owners of patents")
public class OwnershipResource extends EdgeResource<Ownership> {
    @Override
    protected EdgeKind<Ownership> kind() {
        return EdgeKinds.OWNERSHIPS;
    }
}
