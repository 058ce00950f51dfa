package org.sepgraph.service.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.ReachQueries;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Patent;

@Path("/api/v1/patents")
@Tag(name = "Patents", description = "Patents and applications, found by any publication number")
public class PatentResource extends NodeResource<Patent> {
    @Override
    protected NodeKind<Patent> kind() {
        return NodeKinds.PATENT;
    }

    @GET
    @Path("{id: .+}/practitioners")
    @Operation(summary = "Organisations that may practise a patent, each with its shortest chain")
    public Practitioners practitioners(
            @Parameter(description = "patent id (any publication number)", example = "US10000148B2") @PathParam("id") String id,
            @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2025-01-01")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "most licences in a chain, 0 to 6 (default 3)", example = "3")
            @QueryParam("maxDepth") String maxDepth,
            @Parameter(description = "page of the item list, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 1000 (default 50)") @QueryParam("size") String size) {
        return new ReachQueries(store).practitioners(id, Params.asOf(asOf), Params.maxDepth(
                RequestParams.integer("maxDepth", maxDepth)),
                RequestParams.page(page, size));
    }
}
