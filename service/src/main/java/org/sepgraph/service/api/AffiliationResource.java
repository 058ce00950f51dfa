package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Affiliation;

@Path("/api/v1/affiliations")
@Tag(name = "Affiliations", description = "Controlled affiliates: corporate groups")
public class AffiliationResource extends EdgeResource<Affiliation> {
    @Override
    protected EdgeKind<Affiliation> kind() {
        return EdgeKinds.AFFILIATIONS;
    }
}
