package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.model.Alliance;
import org.sepgraph.graph.model.AllianceForm;

/** Alliances: properties only. */
public final class Alliances extends NodeKind<Alliance> {
    Alliances() {
        super(Label.Alliance, "alliances", "alliances", Alliance.class);
    }

    @Override
    public String id(Alliance a) {
        return a.id();
    }

    @Override
    public NodeRow row(Alliance a) {
        return NodeRow.of(a.id(), props("id", a.id(), "name", a.name(),
                "form", a.form() == null ? null : a.form().name(), "founded", a.founded()));
    }

    @Override
    public Alliance read(Value v) {
        return new Alliance(text(v, "id"), text(v, "name"), constant(AllianceForm.class, v, "form"),
                date(v, "founded"));
    }
}
