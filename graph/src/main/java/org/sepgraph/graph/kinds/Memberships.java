package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Membership;
import org.sepgraph.graph.model.Role;

/** Memberships of alliances over time (MEMBER_OF, dated, with a role). */
public final class Memberships extends EdgeKind<Membership> {
    Memberships() {
        super("memberships", "memberships", "MEMBER_OF", Label.Organization, "organization",
                Label.Alliance, "alliance", null, Membership.class);
    }

    @Override
    public String fromId(Membership value) {
        return value.organization();
    }

    @Override
    public String toId(Membership value) {
        return value.alliance();
    }

    @Override
    protected Map<String, Object> properties(Membership value) {
        return props("role", value.role().name(), "since", value.since(), "until", value.until());
    }

    @Override
    public Membership read(Value v) {
        return new Membership(text(v, "from"), text(v, "to"), constant(Role.class, v, "role"), date(v, "since"), date(v, "until"));
    }
}
