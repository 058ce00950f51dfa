package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;
import static org.sepgraph.graph.access.Fields.texts;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Reference;
import org.sepgraph.graph.model.Standard;

/** Standards: properties, and the standards they are part of as their own relationships (PART_OF). */
public final class Standards extends NodeKind<Standard> {
    Standards() {
        super(Label.Standard, "standards", "standards", Standard.class);
    }

    @Override
    public String id(Standard s) {
        return s.id();
    }

    @Override
    public NodeRow row(Standard s) {
        return new NodeRow(s.id(), props("id", s.id(), "body", s.body(), "title", s.title()),
                Map.of("partOf", s.partOf()));
    }

    @Override
    public Standard read(Value v) {
        return new Standard(text(v, "id"), text(v, "body"), text(v, "title"), texts(v, "partOf"));
    }

    @Override
    public String projection() {
        return "n {.*, partOf: [(n)-[:PART_OF]->(p:Standard) | p.id]}";
    }

    @Override
    public List<String> upserts() {
        return List.of(propertiesUpsert(), """
                // the parents of a standard are part of its payload: replace them
                UNWIND $rows AS row
                MATCH (n:Standard {id: row.id})
                USING INDEX n:Standard(id)
                OPTIONAL MATCH (n)-[old:PART_OF]->(:Standard)
                DELETE old
                WITH DISTINCT n, row
                UNWIND row.partOf AS parentId
                MERGE (parent:Standard {id: parentId})
                MERGE (n)-[:PART_OF]->(parent)
                """);
    }

    @Override
    public List<OwnEdge> ownEdges() {
        return List.of(new OwnEdge("partOf", "PART_OF", Label.Standard));
    }

    @Override
    public List<Reference> references(Standard s) {
        return s.partOf().stream().map(p -> new Reference("partOf", Label.Standard, p)).toList();
    }
}
