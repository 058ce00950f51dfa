package org.sepgraph.service.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.ImportLog;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportQueue;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.staging.StagedGraph;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.access.Confidential;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;
import org.sepgraph.service.store.SepgraphConfig;

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

    @Inject
    Confidential confidential;

    @Inject
    MeterRegistry metrics;

    @Inject
    ImportQueue queue;

    @Inject
    SepgraphConfig config;

    @POST
    @RolesAllowed(Roles.EDITOR)
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
    @APIResponse(responseCode = "409", description = "other writes kept changing the same data meanwhile: nothing "
            + "written, retry (Retry-After)")
    @APIResponse(responseCode = "413", description = "the file needs more memory than one transaction may hold: "
            + "nothing written; the problem says what to do")
    @APIResponse(responseCode = "503", description = "other imports wrote for too long, the store was busy or the "
            + "import ran out of its time: nothing written, retry (Retry-After)")
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
            @Parameter(description = "access-advance: the date the list states the pool's contents on (default "
                    + "today); patents the pool held then and the list does not name leave it the day before",
                    example = "2022-02-04") @QueryParam("listDate") String listDate,
            @Parameter(description = "the file's name, for the import history (or Content-Disposition's filename)",
                    example = "hevc-advance-patent-list-2022-02-04.csv") @QueryParam("file") String file,
            @HeaderParam("Content-Disposition") String disposition,
            UriInfo uri,
            InputStream body) {
        ImportFormat importFormat = ImportFormat.of(format);
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("file")) {
                parameters.put(name, values.get(0));
            }
        });
        ImportReport report = new Imports(store, queue).run(importFormat, body, ImportOptions.of(parameters)
                        .withTransactionSize(config.imports().transactionSize()),
                progress -> LOG.infof("import %s: %s %d%s", importFormat.id(), progress.phase(), progress.done(),
                        progress.total() < 0 ? "" : " of " + progress.total()), caller.origin(),
                fileName(file, disposition), this::mayImport);
        answers.written(report.version());
        Timer.builder("sepgraph.import").description("imports written, by format").tag("format", importFormat.id())
                .register(metrics).record(java.time.Duration.ofNanos((long) (report.seconds() * 1e9)));
        metrics.counter("sepgraph.import.rows", "format", importFormat.id()).increment(report.rowsRead());
        LOG.infof("import %s: %d rows in %.1f s, version %d", importFormat.id(), report.rowsRead(), report.seconds(),
                report.version());
        return report;
    }

    /** Past imports, newest first: what came in, when, by which key, how it ended, and its report. */
    @GET
    @RolesAllowed(Roles.EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Past imports, newest first, with their reports (refused and failed ones too)")
    public Page<ImportLog.Entry> history(@BeanParam PageParam page) {
        answers.readingStore();
        return new ImportLog(store).list(page.value());
    }

    @GET
    @Path("{id: [0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9a-f]{6}}")
    @RolesAllowed(Roles.EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One past import with its report")
    public ImportLog.Entry one(@PathParam("id") String id) {
        answers.readingStore();
        return new ImportLog(store).get(id).orElseThrow(() -> new NotFound("id", "no import '" + id + "'"));
    }

    /**
     * Licence terms are confidential (DESIGN.md "Keys"): a file that would write any (a licence's royalty or field
     * of use) needs an admin key.
     */
    private void mayImport(StagedGraph staged) {
        for (StagedGraph.NodeStage<?> stage : staged.nodeStages()) {
            if (stage.kind() == NodeKinds.LICENSE) {
                for (Object l : stage.values()) {
                    if (Confidential.hasTerms((License) l) && !confidential.maySee((License) l)) {
                        throw new ForbiddenException("licence '" + ((License) l).id() + "' has confidential terms: "
                                + "only an admin or a key bound to one of its parties may import them");
                    }
                }
            }
        }
    }

    /** The file's name: the parameter, else Content-Disposition's filename, else none. */
    private static String fileName(String file, String disposition) {
        if (file != null && !file.isBlank()) {
            return file.strip();
        }
        if (disposition != null) {
            var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
