package org.sepgraph.service.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.binding.BindingQueries;
import org.sepgraph.queries.binding.PoolBinding;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Pool;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Patent pools")
public class PoolResource extends NodeResource<Pool> {
    @Override
    protected NodeKind<Pool> kind() {
        return NodeKinds.POOL;
    }

    @GET
    @Path("{id: .+}/binding")
    @Operation(summary = "Standards a pool binds, with the share it covers, and its red flags",
            description = """
                    Red flags: patents the pool holds on asOf that have no non-REJECTED declaration to any standard it
                    binds or their parts (NOT_DECLARED, REJECTED), or that are not in force (NOT_IN_FORCE).""")
    public PoolBinding binding(@Parameter(description = "pool id", example = "avs3-pool") @PathParam("id") String id,
            @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2025-01-01")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "FAMILY (default: a family counts once, covered only when all its essential patents are) or PATENT", example = "FAMILY")
            @QueryParam("unit") String unit) {
        return new BindingQueries(store).pool(id, Params.asOf(asOf), Params.unit(unit));
    }
}
