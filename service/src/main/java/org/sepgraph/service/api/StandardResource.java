package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Standard;

@Path("/api/v1/standards")
@Tag(name = "Standards", description = "Standards and their parts")
public class StandardResource extends NodeResource<Standard> {
    @Override
    protected NodeKind<Standard> kind() {
        return NodeKinds.STANDARD;
    }
}
