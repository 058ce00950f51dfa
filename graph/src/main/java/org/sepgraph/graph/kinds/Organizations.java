package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.OrganizationKind;

/** Organisations: properties only. */
public final class Organizations extends NodeKind<Organization> {
    Organizations() {
        super(Label.Organization, "organizations", "organizations", Organization.class);
    }

    @Override
    public String id(Organization o) {
        return o.id();
    }

    @Override
    public NodeRow row(Organization o) {
        return NodeRow.of(o.id(), props("id", o.id(), "name", o.name(), "kind", o.kind().name(),
                "country", o.country()));
    }

    @Override
    public Organization read(Value v) {
        return new Organization(text(v, "id"), text(v, "name"), constant(OrganizationKind.class, v, "kind"),
                text(v, "country"));
    }
}
