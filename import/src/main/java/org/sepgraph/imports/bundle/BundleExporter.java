package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.store.GraphStore;

/**
 * Writes the whole store as a bundle, streaming: one read transaction (a consistent snapshot), each kind read with
 * its projection in id order and written element by element as the driver fetches it, so memory stays flat in the
 * size of the graph. Importing the output into an empty store gives the same graph, and exporting that gives the
 * same bytes (everything is ordered by id).
 */
public final class BundleExporter {
    private final GraphStore store;
    private final ObjectMapper mapper = Bundle.mapper();

    public BundleExporter(GraphStore store) {
        this.store = store;
    }

    /** Writes the bundle to {@code out} (UTF-8, pretty-printed one element per line when {@code pretty}); not closed. */
    public void export(OutputStream out, boolean pretty) {
        // one read transaction for a consistent whole, with the imports' generous timeout (a large graph streams long)
        try (Session session = store.session();
             Transaction tx = session.beginTransaction(TransactionConfig.builder()
                     .withTimeout(store.limits().importTimeout()).build());
             JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", Bundle.FORMAT);
            json.writeNumberField("version", Bundle.VERSION);
            for (Bundle.Collection c : Bundle.COLLECTIONS) {
                json.writeArrayFieldStart(c.key());
                Result result = tx.run(c.isNode() ? nodes(c.node()) : edges(c.edge()));
                while (result.hasNext()) {
                    var value = result.next().get("value");
                    Object record = c.isNode() ? c.node().read(value) : c.edge().read(value);
                    if (pretty) {
                        json.writeRaw("\n  ");
                    }
                    mapper.writeValue(json, record);
                }
                if (pretty) {
                    json.writeRaw("\n");
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            if (pretty) {
                json.writeRaw("\n");
            }
            json.flush();
            tx.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle could not be written", e);
        }
    }

    public void export(OutputStream out) {
        export(out, true);
    }

    /** Every node of a kind, by id. */
    private static String nodes(NodeKind<?> kind) {
        return """
                MATCH (n:%s)
                RETURN %s AS value
                ORDER BY n.id
                """.formatted(kind.label().name(), kind.projection());
    }

    /** Every relationship of a kind, by its ends and key. */
    private static String edges(EdgeKind<?> kind) {
        return """
                MATCH (a:%s)-[r:%s]->(b:%s)
                RETURN r {.*, from: a.id, to: b.id} AS value
                ORDER BY a.id, b.id%s
                """.formatted(kind.from().name(), kind.type(), kind.to().name(),
                kind.key() == null ? "" : ", r." + kind.key());
    }
}
