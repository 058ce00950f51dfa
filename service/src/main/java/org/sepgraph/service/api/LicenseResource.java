package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;

@Path("/api/v1/licenses")
@Tag(name = "Licenses", description = "Licences with their parties and scope")
public class LicenseResource extends NodeResource<License> {
    @Override
    protected NodeKind<License> kind() {
        return NodeKinds.LICENSE;
    }
}
