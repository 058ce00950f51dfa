package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Licensor;

/** Who contributes to a pool (LICENSOR_OF). */
public final class Licensors extends EdgeKind<Licensor> {
    Licensors() {
        super("licensors", "licensors", "LICENSOR_OF", Label.Organization, "organization",
                Label.Pool, "pool", null, Licensor.class);
    }

    @Override
    public String fromId(Licensor value) {
        return value.organization();
    }

    @Override
    public String toId(Licensor value) {
        return value.pool();
    }

    @Override
    protected Map<String, Object> properties(Licensor value) {
        return Map.of();
    }

    @Override
    public Licensor read(Value v) {
        return new Licensor(text(v, "from"), text(v, "to"));
    }
}
