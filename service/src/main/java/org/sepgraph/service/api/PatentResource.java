package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Patent;

@Path("/api/v1/patents")
@Tag(name = "Patents", description = "Patents and applications, found by any publication number")
public class PatentResource extends NodeResource<Patent> {
    @Override
    protected NodeKind<Patent> kind() {
        return NodeKinds.PATENT;
    }
}
