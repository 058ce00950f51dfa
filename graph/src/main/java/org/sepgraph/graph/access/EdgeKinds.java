package org.sepgraph.graph.access;

import java.util.List;
import java.util.Map;
import org.sepgraph.graph.model.Affiliation;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Binding;
import org.sepgraph.graph.model.ClusterPool;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Licensor;
import org.sepgraph.graph.model.Membership;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.model.Role;

/** The relationships of the model that stand on their own in the API and the bundle. */
public final class EdgeKinds {
    private EdgeKinds() {}

    public static final EdgeKind<Membership> MEMBERSHIPS = new EdgeKind<>("memberships", "MEMBER_OF",
            Label.Organization, "organization", Label.Alliance, "alliance", null,
            Membership::organization, Membership::alliance,
            m -> props("role", m.role().name(), "since", m.since(), "until", m.until()),
            r -> new Membership(r.text("from"), r.text("to"), r.constant(Role.class, "role"), r.date("since"),
                    r.date("until")));

    public static final EdgeKind<Affiliation> AFFILIATIONS = new EdgeKind<>("affiliations", "AFFILIATE_OF",
            Label.Organization, "organization", Label.Organization, "affiliateOf", null,
            Affiliation::organization, Affiliation::affiliateOf,
            a -> Map.of(),
            r -> new Affiliation(r.text("from"), r.text("to")));

    public static final EdgeKind<Ownership> OWNERSHIPS = new EdgeKind<>("ownerships", "OWNS",
            Label.Organization, "organization", Label.Patent, "patent", null,
            Ownership::organization, Ownership::patent,
            o -> props("share", o.share()),
            r -> new Ownership(r.text("from"), r.text("to"), r.number("share")));

    public static final EdgeKind<Declaration> DECLARATIONS = new EdgeKind<>("declarations", "DECLARED_ESSENTIAL",
            Label.Patent, "patent", Label.Standard, "standard", "version",
            Declaration::patent, Declaration::standard,
            d -> props("declarant", d.declarant(), "date", d.date(), "version", d.version(),
                    "assessment", d.assessment().name(),
                    "claims", d.claims().isEmpty() ? null : d.claims(),
                    "categories", d.categories().isEmpty() ? null : d.categories(),
                    "sections", d.sections()),
            r -> new Declaration(r.text("from"), r.text("to"), r.text("declarant"), r.date("date"),
                    r.text("version"), r.constant(Assessment.class, "assessment"), r.texts("claims"),
                    r.texts("categories"), r.text("sections")));

    public static final EdgeKind<PoolPatent> POOL_PATENTS = new EdgeKind<>("pool-patents", "IN_POOL",
            Label.Patent, "patent", Label.Pool, "pool", null,
            PoolPatent::patent, PoolPatent::pool,
            p -> props("since", p.since(), "until", p.until()),
            r -> new PoolPatent(r.text("to"), r.text("from"), r.date("since"), r.date("until")));

    public static final EdgeKind<Licensor> LICENSORS = new EdgeKind<>("licensors", "LICENSOR_OF",
            Label.Organization, "organization", Label.Pool, "pool", null,
            Licensor::organization, Licensor::pool,
            l -> Map.of(),
            r -> new Licensor(r.text("from"), r.text("to")));

    public static final EdgeKind<Binding> BINDINGS = new EdgeKind<>("bindings", "BINDS",
            Label.Pool, "pool", Label.Standard, "standard", null,
            Binding::pool, Binding::standard,
            b -> Map.of(),
            r -> new Binding(r.text("from"), r.text("to")));

    public static final EdgeKind<ClusterPool> CLUSTER_POOLS = new EdgeKind<>("cluster-pools", "IN_CLUSTER",
            Label.Pool, "pool", Label.PoolCluster, "cluster", null,
            ClusterPool::pool, ClusterPool::cluster,
            c -> Map.of(),
            r -> new ClusterPool(r.text("to"), r.text("from")));

    public static final List<EdgeKind<?>> ALL = List.of(MEMBERSHIPS, AFFILIATIONS, OWNERSHIPS, DECLARATIONS,
            POOL_PATENTS, LICENSORS, BINDINGS, CLUSTER_POOLS);

    private static Map<String, Object> props(Object... keysAndValues) {
        return NodeKinds.props(keysAndValues);
    }
}
