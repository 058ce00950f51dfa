package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Binding;

/** The standards a pool licenses (BINDS). */
public final class Bindings extends EdgeKind<Binding> {
    Bindings() {
        super("bindings", "bindings", "BINDS", Label.Pool, "pool", Label.Standard, "standard", null, Binding.class);
    }

    @Override
    public String fromId(Binding value) {
        return value.pool();
    }

    @Override
    public String toId(Binding value) {
        return value.standard();
    }

    @Override
    protected Map<String, Object> properties(Binding value) {
        return Map.of();
    }

    @Override
    public Binding read(Value v) {
        return new Binding(text(v, "from"), text(v, "to"));
    }
}
