package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Organization;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Members, licensors, licensees and declarants")
public class OrganizationResource extends NodeResource<Organization> {
    @Override
    protected NodeKind<Organization> kind() {
        return NodeKinds.ORGANIZATION;
    }
}
