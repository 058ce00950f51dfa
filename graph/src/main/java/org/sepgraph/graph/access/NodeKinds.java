package org.sepgraph.graph.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepgraph.graph.access.NodeKind.OwnEdge;
import org.sepgraph.graph.model.Alliance;
import org.sepgraph.graph.model.AllianceForm;
import org.sepgraph.graph.model.Family;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.OrganizationKind;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.PoolCluster;
import org.sepgraph.graph.model.Standard;

/** The eight kinds of node, each with its write statements and its read projection. */
public final class NodeKinds {
    private NodeKinds() {}

    /** Properties only: set all of them, so a replace drops what the new value leaves out. */
    private static String plainUpsert(Label label) {
        return """
                UNWIND $rows AS row
                MERGE (n:%s {id: row.id})
                SET n = row.props
                """.formatted(label.name());
    }

    public static final NodeKind<Organization> ORGANIZATION = new NodeKind<>(
            Label.Organization, List.of(plainUpsert(Label.Organization)), "n {.*}", List.of(),
            o -> row(o.id(), props("id", o.id(), "name", o.name(), "kind", o.kind().name(), "country", o.country())),
            r -> new Organization(r.text("id"), r.text("name"), r.constant(OrganizationKind.class, "kind"),
                    r.text("country")),
            o -> List.of(), Organization::id);

    public static final NodeKind<Alliance> ALLIANCE = new NodeKind<>(
            Label.Alliance, List.of(plainUpsert(Label.Alliance)), "n {.*}", List.of(),
            a -> row(a.id(), props("id", a.id(), "name", a.name(), "form", a.form() == null ? null : a.form().name(),
                    "founded", a.founded())),
            r -> new Alliance(r.text("id"), r.text("name"), r.constant(AllianceForm.class, "form"), r.date("founded")),
            a -> List.of(), Alliance::id);

    public static final NodeKind<Family> FAMILY = new NodeKind<>(
            Label.Family, List.of(plainUpsert(Label.Family)), "n {.*}", List.of(),
            f -> row(f.id(), props("id", f.id())),
            r -> new Family(r.text("id")),
            f -> List.of(), Family::id);

    public static final NodeKind<Patent> PATENT = new NodeKind<>(
            Label.Patent,
            List.of(plainUpsert(Label.Patent), """
                    // a patent is in one family at most: replace the edge
                    UNWIND $rows AS row
                    MATCH (n:Patent {id: row.id})
                    USING INDEX n:Patent(id)
                    OPTIONAL MATCH (n)-[old:IN_FAMILY]->(:Family)
                    DELETE old
                    WITH DISTINCT n, row
                    WHERE row.family IS NOT NULL
                    MERGE (f:Family {id: row.family})
                    MERGE (n)-[:IN_FAMILY]->(f)
                    """),
            "n {.*, family: head([(n)-[:IN_FAMILY]->(f:Family) | f.id])}",
            List.of(new OwnEdge("family", "IN_FAMILY", Label.Family)),
            p -> {
                Map<String, Object> row = row(p.id(), props("id", p.id(), "jurisdiction", p.jurisdiction(),
                        "type", p.type().name(), "title", p.title(), "filed", p.filed(), "granted", p.granted(),
                        "expires", p.expires(), "status", p.status().name(),
                        "aliases", p.aliases().isEmpty() ? null : p.aliases()));
                row.put("family", p.family());
                return row;
            },
            r -> new Patent(r.text("id"), r.text("jurisdiction"), r.constant(PatentType.class, "type"),
                    r.text("title"), r.date("filed"), r.date("granted"), r.date("expires"),
                    r.constant(PatentStatus.class, "status"), r.text("family"), r.texts("aliases")),
            p -> p.family() == null ? List.of() : List.of(new Reference("family", Label.Family, p.family())),
            Patent::id);

    public static final NodeKind<Standard> STANDARD = new NodeKind<>(
            Label.Standard,
            List.of(plainUpsert(Label.Standard), """
                    // the parents of a standard are part of its payload: replace them
                    UNWIND $rows AS row
                    MATCH (n:Standard {id: row.id})
                    USING INDEX n:Standard(id)
                    OPTIONAL MATCH (n)-[old:PART_OF]->(:Standard)
                    DELETE old
                    WITH DISTINCT n, row
                    UNWIND row.partOf AS parentId
                    MERGE (parent:Standard {id: parentId})
                    MERGE (n)-[:PART_OF]->(parent)
                    """),
            "n {.*, partOf: [(n)-[:PART_OF]->(p:Standard) | p.id]}",
            List.of(new OwnEdge("partOf", "PART_OF", Label.Standard)),
            s -> {
                Map<String, Object> row = row(s.id(), props("id", s.id(), "body", s.body(), "title", s.title()));
                row.put("partOf", s.partOf());
                return row;
            },
            r -> new Standard(r.text("id"), r.text("body"), r.text("title"), r.texts("partOf")),
            s -> s.partOf().stream().map(p -> new Reference("partOf", Label.Standard, p)).toList(),
            Standard::id);

    public static final NodeKind<Pool> POOL = new NodeKind<>(
            Label.Pool, List.of(plainUpsert(Label.Pool)), "n {.*}", List.of(),
            p -> row(p.id(), props("id", p.id(), "name", p.name(), "administrator", p.administrator(),
                    "policy", p.policy())),
            r -> new Pool(r.text("id"), r.text("name"), r.text("administrator"), r.text("policy")),
            p -> List.of(), Pool::id);

    public static final NodeKind<PoolCluster> POOL_CLUSTER = new NodeKind<>(
            Label.PoolCluster, List.of(plainUpsert(Label.PoolCluster)), "n {.*}", List.of(),
            c -> row(c.id(), props("id", c.id(), "name", c.name())),
            r -> new PoolCluster(r.text("id"), r.text("name")),
            c -> List.of(), PoolCluster::id);

    public static final NodeKind<License> LICENSE = new NodeKind<>(
            Label.License,
            List.of(plainUpsert(Label.License), """
                    // parties and scope are part of the licence's payload: replace them all
                    UNWIND $rows AS row
                    MATCH (n:License {id: row.id})
                    USING INDEX n:License(id)
                    OPTIONAL MATCH (n)-[old:GRANTED_BY|GRANTED_TO|COVERS]->()
                    DELETE old
                    """, """
                    UNWIND $rows AS row
                    MATCH (n:License {id: row.id})
                    USING INDEX n:License(id)
                    CALL (n, row) {
                      MATCH (o:Organization {id: row.grantorOrganization})
                      MERGE (n)-[:GRANTED_BY]->(o)
                    }
                    CALL (n, row) {
                      MATCH (p:Pool {id: row.grantorPool})
                      MERGE (n)-[:GRANTED_BY]->(p)
                    }
                    CALL (n, row) {
                      UNWIND row.grantees AS granteeId
                      MATCH (o:Organization {id: granteeId})
                      MERGE (n)-[:GRANTED_TO]->(o)
                    }
                    CALL (n, row) {
                      UNWIND row.patents AS patentId
                      MATCH (p:Patent {id: patentId})
                      MERGE (n)-[:COVERS]->(p)
                    }
                    CALL (n, row) {
                      UNWIND row.families AS familyId
                      MATCH (f:Family {id: familyId})
                      MERGE (n)-[:COVERS]->(f)
                    }
                    CALL (n, row) {
                      UNWIND row.pools AS poolId
                      MATCH (p:Pool {id: poolId})
                      MERGE (n)-[:COVERS]->(p)
                    }
                    CALL (n, row) {
                      UNWIND row.portfolios AS ownerId
                      MATCH (o:Organization {id: ownerId})
                      MERGE (n)-[:COVERS]->(o)
                    }
                    """),
            """
            n {.*,
               grantorOrganization: head([(n)-[:GRANTED_BY]->(o:Organization) | o.id]),
               grantorPool: head([(n)-[:GRANTED_BY]->(p:Pool) | p.id]),
               grantees: [(n)-[:GRANTED_TO]->(o:Organization) | o.id],
               patents: [(n)-[:COVERS]->(p:Patent) | p.id],
               families: [(n)-[:COVERS]->(f:Family) | f.id],
               pools: [(n)-[:COVERS]->(p:Pool) | p.id],
               portfolios: [(n)-[:COVERS]->(o:Organization) | o.id]}""",
            List.of(new OwnEdge("grantorOrganization", "GRANTED_BY", Label.Organization),
                    new OwnEdge("grantorPool", "GRANTED_BY", Label.Pool),
                    new OwnEdge("grantees", "GRANTED_TO", Label.Organization),
                    new OwnEdge("patents", "COVERS", Label.Patent),
                    new OwnEdge("families", "COVERS", Label.Family),
                    new OwnEdge("pools", "COVERS", Label.Pool),
                    new OwnEdge("portfolios", "COVERS", Label.Organization)),
            l -> {
                Map<String, Object> row = row(l.id(), props("id", l.id(), "kind", l.kind().name(),
                        "granted", l.granted(), "expires", l.expires(),
                        "territories", l.territories().isEmpty() ? null : l.territories(),
                        "fieldOfUse", l.fieldOfUse(), "sublicensable", l.sublicensable(),
                        "affiliates", l.affiliates(), "royalty", l.royalty()));
                row.put("grantorOrganization", l.grantor().organization());
                row.put("grantorPool", l.grantor().pool());
                row.put("grantees", l.grantees());
                row.put("patents", l.scope().patents());
                row.put("families", l.scope().families());
                row.put("pools", l.scope().pools());
                row.put("portfolios", l.scope().portfolios());
                return row;
            },
            r -> new License(r.text("id"), r.constant(LicenseKind.class, "kind"),
                    new License.Grantor(r.text("grantorOrganization"), r.text("grantorPool")),
                    r.texts("grantees"), r.date("granted"), r.date("expires"), r.texts("territories"),
                    r.text("fieldOfUse"), r.bool("sublicensable"), r.bool("affiliates"), r.text("royalty"),
                    new License.Scope(r.texts("patents"), r.texts("families"),
                            r.texts("pools"), r.texts("portfolios"))),
            NodeKinds::licenseReferences, License::id);

    private static List<Reference> licenseReferences(License l) {
        List<Reference> refs = new ArrayList<>();
        if (l.grantor().organization() != null) {
            refs.add(new Reference("grantor.organization", Label.Organization, l.grantor().organization()));
        }
        if (l.grantor().pool() != null) {
            refs.add(new Reference("grantor.pool", Label.Pool, l.grantor().pool()));
        }
        l.grantees().forEach(g -> refs.add(new Reference("grantees", Label.Organization, g)));
        l.scope().patents().forEach(p -> refs.add(new Reference("scope.patents", Label.Patent, p)));
        l.scope().families().forEach(f -> refs.add(new Reference("scope.families", Label.Family, f)));
        l.scope().pools().forEach(p -> refs.add(new Reference("scope.pools", Label.Pool, p)));
        l.scope().portfolios().forEach(o -> refs.add(new Reference("scope.portfolios", Label.Organization, o)));
        return refs;
    }

    public static final List<NodeKind<?>> ALL = List.of(ORGANIZATION, ALLIANCE, FAMILY, PATENT, STANDARD, POOL,
            POOL_CLUSTER, LICENSE);

    private static Map<String, Object> row(String id, Map<String, Object> props) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("props", props);
        return row;
    }

    /** A property map without null values (Neo4j stores no nulls; absent reads back as null). */
    static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return props;
    }
}
