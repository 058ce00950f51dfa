package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.number;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Ownership;

/** Owners of patents (OWNS, with an optional share); several owners are co-owners. */
public final class Ownerships extends EdgeKind<Ownership> {
    Ownerships() {
        super("ownerships", "ownerships", "OWNS", Label.Organization, "organization",
                Label.Patent, "patent", null, Ownership.class);
    }

    @Override
    public String fromId(Ownership value) {
        return value.organization();
    }

    @Override
    public String toId(Ownership value) {
        return value.patent();
    }

    @Override
    protected Map<String, Object> properties(Ownership value) {
        return props("share", value.share());
    }

    @Override
    public Ownership read(Value v) {
        return new Ownership(text(v, "from"), text(v, "to"), number(v, "share"));
    }
}
