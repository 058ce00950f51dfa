package org.sepgraph.service.api;

import org.sepgraph.service.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.PoolBinding;
import org.sepgraph.queries.binding.PoolBindingRequest;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Patent pools")
public class PoolResource extends NodeResource<Pool> {
    @Override
    protected NodeKind<Pool> kind() {
        return NodeKinds.POOL;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/binding")
    @Operation(summary = "Standards a pool binds, with the share it covers, and its red flags",
            description = """
                    Red flags: patents the pool holds on asOf that have no non-REJECTED declaration to any standard it
                    binds or their parts (NOT_DECLARED, REJECTED), or that are not in force (NOT_IN_FORCE).""")
    public PoolBinding binding(@Parameter(description = "pool id", example = "avs3-pool") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam UnitParam unit, @BeanParam VersionParam minVersion) {
        return BindingQuestion.pool(answers.snapshot(minVersion.value()),
                new PoolBindingRequest(id, asOf.value(), unit.value()));
    }
}
