package org.sepgraph.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.Schema;

/** Every node and relationship of the store with all its properties, as sorted text: equal snapshots, equal graphs. */
final class Snapshot {
    private Snapshot() {}

    /** The properties of a node or relationship without its provenance (who wrote it, when: not the graph). */
    static TreeMap<String, Object> data(java.util.Map<String, Object> props) {
        TreeMap<String, Object> out = new TreeMap<>(props);
        out.keySet().removeIf(k -> k.startsWith("_"));
        return out;
    }

    static List<String> of(GraphStore store) {
        List<String> lines = new ArrayList<>();
        store.read(tx -> {
            tx.run("MATCH (n) WHERE " + Schema.DATA + " RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add(r.get("labels").asList() + " " + data(r.get("props").asMap())));
            tx.run("""
                    MATCH (a)-[r]->(b)
                    RETURN labels(a)[0] + ':' + a.id AS a, type(r) AS type, labels(b)[0] + ':' + b.id AS b,
                           properties(r) AS props
                    """).forEachRemaining(r -> lines.add(r.get("a").asString() + " -" + r.get("type").asString()
                    + "-> " + r.get("b").asString() + " " + data(r.get("props").asMap())));
            return null;
        });
        return lines.stream().sorted().toList();
    }

    static long count(GraphStore store, String cypher, Map<String, Object> params) {
        return store.read(tx -> tx.run(cypher, params).single().get(0).asLong());
    }

    static long count(GraphStore store, String cypher) {
        return count(store, cypher, Map.of());
    }
}
