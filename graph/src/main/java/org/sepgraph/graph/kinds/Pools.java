package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.model.Pool;

/**
 * Pools: properties only (the royalty terms as one JSON property, {@link RoyaltyTermsProperty}); contents,
 * licensors and bindings are relationships of their own.
 */
public final class Pools extends NodeKind<Pool> {
    Pools() {
        super(Label.Pool, "pools", "pools", Pool.class);
    }

    @Override
    public String id(Pool p) {
        return p.id();
    }

    @Override
    public NodeRow row(Pool p) {
        return NodeRow.of(p.id(), props("id", p.id(), "name", p.name(), "administrator", p.administrator(),
                "policy", p.policy(), RoyaltyTermsProperty.NAME, RoyaltyTermsProperty.write(p.royaltyTerms())));
    }

    @Override
    public Pool read(Value v) {
        return new Pool(text(v, "id"), text(v, "name"), text(v, "administrator"), text(v, "policy"),
                RoyaltyTermsProperty.read(text(v, RoyaltyTermsProperty.NAME)));
    }
}
