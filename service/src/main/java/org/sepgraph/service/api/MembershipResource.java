package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Membership;

@Path("/api/v1/memberships")
@Tag(name = "Memberships", description = "Who is a member of which alliance, in which role, since and until when")
public class MembershipResource extends EdgeResource<Membership> {
    @Override
    protected EdgeKind<Membership> kind() {
        return EdgeKinds.MEMBERSHIPS;
    }
}
