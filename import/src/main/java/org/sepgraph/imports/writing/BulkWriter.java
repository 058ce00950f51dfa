package org.sepgraph.imports.writing;

import java.util.ArrayList;
import java.util.List;
import org.sepgraph.graph.access.Provenance;
import org.sepgraph.graph.bulk.BulkFiles;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.imports.run.ImportReport.Counts;
import org.sepgraph.imports.run.ImportReport.KindCounts;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * Writes a staged graph as the offline import files of an empty store ({@link BulkFiles}): nodes first, then
 * relationships, every one counted as created. A file that names a node outside itself is refused: an empty store
 * holds nothing to find it in.
 */
public final class BulkWriter {
    private BulkWriter() {}

    /**
     * Refuses the file when it had bad lines or names a node outside itself: an initial load starts from an empty
     * store, so nothing outside the file can be found (the staged and the streamed load alike).
     */
    static void refuseOutside(ImportRun run, List<StagedGraph.Outside> outside) {
        for (StagedGraph.Outside o : outside) {
            run.issues().error(o.line(), o.path(), "no " + o.label().noun() + " '" + o.id()
                    + "' in the bundle (an initial load starts from an empty store)");
        }
        run.refuseIfErrors();
    }

    /** Every value records {@code origin}'s import as its source, as a transactional import's would. */
    public static ImportReport write(ImportRun run, StagedGraph staged, BulkFiles files, Origin origin) {
        Provenance provenance = Provenance.of(origin, List.of());
        refuseOutside(run, staged.outside());
        run.readDone();
        List<KindCounts> byKind = new ArrayList<>();
        long nodes = 0;
        for (StagedGraph.NodeStage<?> stage : staged.nodeStages()) {
            writeNodes(files, stage, provenance);
            byKind.add(new KindCounts(stage.kind().bundleKey(), new Counts(stage.values().size(), 0, 0)));
            nodes += stage.values().size();
        }
        long relationships = 0;
        for (StagedGraph.EdgeStage<?> stage : staged.edgeStages()) {
            writeEdges(files, stage, provenance);
            byKind.add(new KindCounts(stage.kind().bundleKey(), new Counts(stage.values().size(), 0, 0)));
            relationships += stage.values().size();
        }
        return run.report(new Counts(nodes, 0, 0), new Counts(relationships, 0, 0), byKind, 0);
    }

    private static <T> void writeNodes(BulkFiles files, StagedGraph.NodeStage<T> stage, Provenance provenance) {
        files.nodes(stage.kind(), stage.values(), provenance::on);
    }

    private static <T> void writeEdges(BulkFiles files, StagedGraph.EdgeStage<T> stage, Provenance provenance) {
        files.relationships(stage.kind(), stage.values(), provenance::on);
    }
}
