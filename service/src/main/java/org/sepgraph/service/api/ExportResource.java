package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.bundle.BundleExporter;
import org.sepgraph.queries.Params;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;

/** The whole graph as a sepgraph bundle, streamed: import it into an empty store to reproduce the graph. */
@Path("/api/v1/export")
@Tag(name = "Imports")
public class ExportResource {
    @Inject
    GraphStore store;

    @Inject
    Answers answers;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export every node and relationship as a bundle (the lossless JSON format)",
            description = "One consistent snapshot (one read transaction), ordered by id, empty values left out; "
                    + "POST it to /api/v1/imports/bundle on an empty store to reproduce the graph exactly.")
    public Response export(@Parameter(description = "indent the JSON") @QueryParam("pretty") String pretty) {
        boolean indent = Params.flag("pretty", pretty);
        answers.readingStore();
        StreamingOutput body = out -> new BundleExporter(store).export(out, indent);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"sepgraph-bundle.json\"")
                .build();
    }
}
