package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Family;

@Path("/api/v1/families")
@Tag(name = "Families", description = "Patent families")
public class FamilyResource extends NodeResource<Family> {
    @Override
    protected NodeKind<Family> kind() {
        return NodeKinds.FAMILY;
    }
}
