package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Affiliation;

/** Controlled affiliates (AFFILIATE_OF): the links that make corporate groups. */
public final class Affiliations extends EdgeKind<Affiliation> {
    Affiliations() {
        super("affiliations", "affiliations", "AFFILIATE_OF", Label.Organization, "organization",
                Label.Organization, "affiliateOf", null, Affiliation.class);
    }

    @Override
    public String fromId(Affiliation value) {
        return value.organization();
    }

    @Override
    public String toId(Affiliation value) {
        return value.affiliateOf();
    }

    @Override
    protected Map<String, Object> properties(Affiliation value) {
        return Map.of();
    }

    @Override
    public Affiliation read(Value v) {
        return new Affiliation(text(v, "from"), text(v, "to"));
    }
}
