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
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQueries;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.Standard;

@Path("/api/v1/standards")
@Tag(name = "Standards", description = "Standards and their parts")
public class StandardResource extends NodeResource<Standard> {
    @Override
    protected NodeKind<Standard> kind() {
        return NodeKinds.STANDARD;
    }

    @GET
    @Path("{id: .+}/coverage")
    @Operation(summary = "Coverage of a standard by its essential patents",
            description = """
                    The essential set: patents declared (not REJECTED) to the standard or any of its parts, in force on
                    asOf, in the territories. Covered: held by a pool on asOf, or lawfully included in a licence in
                    force (chains of at most 3 licences); with licensee, covered means reached by that organisation.
                    Holdouts rank the owners of uncovered ones. Covered and uncovered items are paged.""")
    public Coverage coverage(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2025-01-01")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "jurisdiction codes, repeated or comma-separated (default: all)", example = "CN")
            @QueryParam("territory") List<String> territory,
            @Parameter(description = "organisation whose reach defines covered", example = "pinecone")
            @QueryParam("licensee") String licensee,
            @Parameter(description = "FAMILY (default: a family counts once, covered only when all its essential patents are) or PATENT", example = "FAMILY")
            @QueryParam("unit") String unit,
            @Parameter(description = "page of the item list, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 1000 (default 50)") @QueryParam("size") String size) {
        return new CoverageQueries(store).coverage(id, Params.asOf(asOf), Params.territories(territory),
                blankToNull(licensee), Params.unit(unit), RequestParams.page(page, size));
    }

    @GET
    @Path("{id: .+}/binding")
    @Operation(summary = "Pools serving a standard, their shares, overlaps and clusters",
            description = """
                    Every pool that binds the standard or holds a member of its essential set on asOf: the share it
                    covers and its licensors; every pair of pools sharing members (royalty stacking); each cluster's
                    union coverage.""")
    public StandardBinding binding(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2025-01-01")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "FAMILY (default: a family counts once, covered only when all its essential patents are) or PATENT", example = "FAMILY")
            @QueryParam("unit") String unit) {
        return new BindingQueries(store).standard(id, Params.asOf(asOf), Params.unit(unit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
