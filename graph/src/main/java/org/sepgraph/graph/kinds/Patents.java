package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;
import static org.sepgraph.graph.access.Fields.texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Reference;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;

/** Patents: properties, and their family as their own relationship (IN_FAMILY, at most one). */
public final class Patents extends NodeKind<Patent> {
    Patents() {
        super(Label.Patent, "patents", "patents", Patent.class);
    }

    @Override
    public String id(Patent p) {
        return p.id();
    }

    @Override
    public NodeRow row(Patent p) {
        Map<String, Object> ends = new HashMap<>();
        ends.put("family", p.family());
        return new NodeRow(p.id(), props("id", p.id(), "jurisdiction", p.jurisdiction(), "type", p.type().name(),
                "title", p.title(), "filed", p.filed(), "granted", p.granted(), "expires", p.expires(),
                "status", p.status().name(), "aliases", p.aliases()), ends);
    }

    @Override
    public Patent read(Value v) {
        return new Patent(text(v, "id"), text(v, "jurisdiction"), constant(PatentType.class, v, "type"),
                text(v, "title"), date(v, "filed"), date(v, "granted"), date(v, "expires"),
                constant(PatentStatus.class, v, "status"), text(v, "family"), texts(v, "aliases"));
    }

    @Override
    public String projection() {
        return "n {.*, family: head([(n)-[:IN_FAMILY]->(f:Family) | f.id])}";
    }

    @Override
    public List<String> upserts() {
        return List.of(propertiesUpsert(), """
                // a patent is in one family at most: replace the edge
                UNWIND $rows AS row
                MATCH (n:Patent {id: row.id})
                USING INDEX n:Patent(id)
                OPTIONAL MATCH (n)-[old:IN_FAMILY]->(:Family)
                DELETE old
                WITH DISTINCT n, row
                WHERE row.family IS NOT NULL
                MERGE (f:Family {id: row.family})
                MERGE (n)-[:IN_FAMILY]->(f)
                """);
    }

    /** A new patent and the edge to its family, in one statement: a new node has no old family edge to replace. */
    @Override
    public List<String> creates() {
        return List.of(propertiesCreate() + """
                WITH n, row
                WHERE row.family IS NOT NULL
                MERGE (f:Family {id: row.family})
                CREATE (n)-[:IN_FAMILY]->(f)
                """);
    }

    @Override
    public List<OwnEdge> ownEdges() {
        return List.of(new OwnEdge("family", "IN_FAMILY", Label.Family));
    }

    @Override
    public List<Reference> references(Patent p) {
        return p.family() == null ? List.of() : List.of(new Reference("family", Label.Family, p.family()));
    }
}
