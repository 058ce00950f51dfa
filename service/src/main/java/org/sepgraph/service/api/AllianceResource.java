package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Alliance;

@Path("/api/v1/alliances")
@Tag(name = "Alliances", description = "Industrial IP alliances")
public class AllianceResource extends NodeResource<Alliance> {
    @Override
    protected NodeKind<Alliance> kind() {
        return NodeKinds.ALLIANCE;
    }
}
