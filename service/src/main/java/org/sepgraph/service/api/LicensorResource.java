package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Licensor;

@Path("/api/v1/licensors")
@Tag(name = "Licensors", description = "Organisations contributing to pools")
public class LicensorResource extends EdgeResource<Licensor> {
    @Override
    protected EdgeKind<Licensor> kind() {
        return EdgeKinds.LICENSORS;
    }
}
