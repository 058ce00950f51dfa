package org.sepgraph.service.api;

import org.sepgraph.service.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageRequest;

@Path("/api/v1/standards")
@Tag(name = "Standards", description = "Standards and their parts")
public class StandardResource extends NodeResource<Standard> {
    @Override
    protected NodeKind<Standard> kind() {
        return NodeKinds.STANDARD;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/coverage")
    @Operation(summary = "Coverage of a standard by its essential patents",
            description = """
                    The essential set: patents declared (not REJECTED) to the standard or any of its parts, in force on
                    asOf, in the territories. Covered: held by a pool on asOf, or lawfully included in a licence in
                    force (chains of at most 3 licences); with licensee, covered means reached by that organisation.
                    Holdouts rank the owners of uncovered ones. Covered and uncovered items are paged.""")
    public Coverage coverage(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam TerritoryParam territory,
            @Parameter(description = "organisation whose reach defines covered", example = "pinecone")
            @QueryParam("licensee") String licensee,
            @BeanParam UnitParam unit, @BeanParam PageParam page, @BeanParam VersionParam minVersion) {
        return CoverageQuestion.coverage(answers.snapshot(minVersion.value()), new CoverageRequest(id, asOf.value(),
                territory.value(), licensee, unit.value(), page.value()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/binding")
    @Operation(summary = "Pools serving a standard, their shares, overlaps and clusters",
            description = """
                    Every pool that binds the standard or holds a member of its essential set on asOf: the share it
                    covers and its licensors; every pair of pools sharing members (royalty stacking); each cluster's
                    union coverage.""")
    public StandardBinding binding(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam UnitParam unit, @BeanParam VersionParam minVersion) {
        return BindingQuestion.standard(answers.snapshot(minVersion.value()),
                new StandardBindingRequest(id, asOf.value(), unit.value()));
    }
}
