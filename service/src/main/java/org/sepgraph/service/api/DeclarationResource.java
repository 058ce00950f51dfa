package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Declaration;

@Path("/api/v1/declarations")
@Tag(name = "Declarations", description = "Declarations of essentiality of patents to standards")
public class DeclarationResource extends EdgeResource<Declaration> {
    @Override
    protected EdgeKind<Declaration> kind() {
        return EdgeKinds.DECLARATIONS;
    }
}
