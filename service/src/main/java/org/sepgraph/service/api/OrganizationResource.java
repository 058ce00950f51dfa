package org.sepgraph.service.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachQueries;
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

    @GET
    @Path("{id: .+}/reach")
    @Operation(summary = "Patents an organisation may practise, and by what chain of rights",
            description = """
                    Owned by its corporate group, licensed, sublicensed through sublicensable licences (at most maxDepth
                    licences), or pool-licensed; in force on asOf, in the territories. Each item carries one shortest
                    chain: route, licences (from the one its group holds to the one granted by the owner or pool),
                    root and the path for display.""")
    public Reach reach(@Parameter(description = "organisation id", example = "kestrel") @PathParam("id") String id,
            @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2025-01-01")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "most licences in a chain, 0 to 6 (default 3)", example = "3")
            @QueryParam("maxDepth") String maxDepth,
            @Parameter(description = "jurisdiction codes, repeated or comma-separated (default: all)", example = "CN")
            @QueryParam("territory") List<String> territory,
            @Parameter(description = "FAMILY (default: a family counts once, covered only when all its essential patents are) or PATENT", example = "FAMILY")
            @QueryParam("unit") String unit,
            @Parameter(description = "page of the item list, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 1000 (default 50)") @QueryParam("size") String size) {
        return new ReachQueries(store).reach(id, Params.asOf(asOf), Params.maxDepth(
                RequestParams.integer("maxDepth", maxDepth)), Params.territories(territory),
                Params.unit(unit), RequestParams.page(page, size));
    }
}
