package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.PoolBinding;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.money.Distribution;
import org.sepgraph.queries.money.DistributionInputs;
import org.sepgraph.queries.money.DistributionRequest;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Question;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Patent pools")
public class PoolResource extends NodeResource<Pool> {
    @Override
    protected NodeKind<Pool> kind() {
        return NodeKinds.POOL;
    }

    @Question
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

    @Question
    @POST
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/distribution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pool's income in a period shared among its licensors by patent-days",
            description = """
                    Per country with income: each patent of that jurisdiction earns a point for every day of
                    [from, to] (inclusive) on which the pool held it and it was in force; by FAMILY (the default) a
                    family earns once per country, on its patent with the most days. Its owners split its points by
                    their recorded shares, equally where none is recorded. Each country's income is shared in
                    proportion to points, in minor units of the pool's currency (its terms in effect on `to`; cents
                    when it has none), by largest remainder, so the amounts add up to the income. Income earned by
                    patents without a recorded owner, or of a country with no patent in force, is unallocated.
                    Nothing is written.""")
    @APIResponse(responseCode = "200", description = "the distribution")
    @APIResponse(responseCode = "400", description = "a field of the body is missing or wrong (named in field)")
    @APIResponse(responseCode = "404", description = "no such pool")
    public Distribution distribution(
            @Parameter(description = "pool id", example = "avs3-pool") @PathParam("id") String id,
            DistributionRequest body, @BeanParam VersionParam minVersion) {
        DistributionRequest request = Payloads.required(body);
        return DistributionInputs.distribution(answers.snapshot(minVersion.value()), id, request);
    }
}
