package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.model.Family;

/** Families: an id; their patents point to them ({@link Patents}). */
public final class Families extends NodeKind<Family> {
    Families() {
        super(Label.Family, "families", "families", Family.class);
    }

    @Override
    public String id(Family f) {
        return f.id();
    }

    @Override
    public NodeRow row(Family f) {
        return NodeRow.of(f.id(), props("id", f.id()));
    }

    @Override
    public Family read(Value v) {
        return new Family(text(v, "id"));
    }
}
