package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.PoolPatent;

/** Pool contents over time (IN_POOL, from the patent to the pool, dated). */
public final class PoolPatents extends EdgeKind<PoolPatent> {
    PoolPatents() {
        super("pool-patents", "poolPatents", "IN_POOL", Label.Patent, "patent",
                Label.Pool, "pool", null, PoolPatent.class);
    }

    @Override
    public String fromId(PoolPatent value) {
        return value.patent();
    }

    @Override
    public String toId(PoolPatent value) {
        return value.pool();
    }

    @Override
    protected Map<String, Object> properties(PoolPatent value) {
        return props("since", value.since(), "until", value.until());
    }

    @Override
    public PoolPatent read(Value v) {
        return new PoolPatent(text(v, "to"), text(v, "from"), date(v, "since"), date(v, "until"));
    }
}
