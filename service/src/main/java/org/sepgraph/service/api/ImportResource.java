package org.sepgraph.service.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.answers.Answers;

/** Bulk import of a whole file, all or nothing. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Pool lists, ETSI declarations and sepgraph bundles, validated and idempotent")
public class ImportResource {
    private static final Logger LOG = Logger.getLogger(ImportResource.class);

    @Inject
    GraphStore store;

    @Inject
    Answers answers;

    @Inject
    Caller caller;

    @POST
    @Path("{format}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file (the request body)",
            description = """
                    Formats: `access-advance` (query parameters `pool` and `standard` required; `poolName`,
                    `administrator` optional), `etsi-isld`, `bundle`. The whole file is validated first: any bad line
                    refuses it with 422 and a problem listing the bad lines, and nothing is written. Otherwise it is
                    written in one transaction; importing the same file again reports everything unchanged.""")
    @APIResponse(responseCode = "200", description = "the import report: rows read, nodes and relationships created, "
            + "updated and unchanged, warnings with line numbers")
    @APIResponse(responseCode = "422", description = "bad lines: nothing written")
    @APIResponse(responseCode = "400", description = "unknown format or a missing parameter")
    public ImportReport importFile(
            @Parameter(description = "access-advance, etsi-isld or bundle", example = "access-advance")
            @PathParam("format") String format,
            @Parameter(description = "access-advance: id of the pool the list belongs to (created when missing)",
                    example = "hevc-advance") @QueryParam("pool") String pool,
            @Parameter(description = "access-advance: id of the standard the pool binds; each profile becomes a part",
                    example = "ITU-T H.265") @QueryParam("standard") String standard,
            @Parameter(description = "access-advance: name of the pool when it is created")
            @QueryParam("poolName") String poolName,
            @Parameter(description = "access-advance: administrator of the pool when it is created")
            @QueryParam("administrator") String administrator,
            UriInfo uri,
            InputStream body) {
        ImportFormat importFormat = ImportFormat.of(format);
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        ImportReport report = new Imports(store).run(importFormat, body, ImportOptions.of(parameters),
                progress -> LOG.infof("import %s: %s %d%s", importFormat.id(), progress.phase(), progress.done(),
                        progress.total() < 0 ? "" : " of " + progress.total()), caller.origin());
        answers.written(report.version());
        LOG.infof("import %s: %d rows in %.1f s, version %d", importFormat.id(), report.rowsRead(), report.seconds(),
                report.version());
        return report;
    }
}
