package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.bool;
import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;
import static org.sepgraph.graph.access.Fields.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Reference;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;

/**
 * Licences: properties, and their parties (GRANTED_BY an organisation or a pool, GRANTED_TO organisations) and
 * scope (COVERS patents, families, pools and organisations' portfolios) as their own relationships; the royalty
 * terms as one JSON property ({@link RoyaltyTermsProperty}).
 */
public final class Licenses extends NodeKind<License> {
    Licenses() {
        super(Label.License, "licenses", "licenses", License.class);
    }

    @Override
    public String id(License l) {
        return l.id();
    }

    @Override
    public NodeRow row(License l) {
        Map<String, Object> ends = new HashMap<>();
        ends.put("grantorOrganization", l.grantor().organization());
        ends.put("grantorPool", l.grantor().pool());
        ends.put("grantees", l.grantees());
        ends.put("patents", l.scope().patents());
        ends.put("families", l.scope().families());
        ends.put("pools", l.scope().pools());
        ends.put("portfolios", l.scope().portfolios());
        return new NodeRow(l.id(), props("id", l.id(), "kind", l.kind().name(), "granted", l.granted(),
                "expires", l.expires(), "territories", l.territories(), "fieldOfUse", l.fieldOfUse(),
                "sublicensable", l.sublicensable(), "affiliates", l.affiliates(), "royalty", l.royalty(),
                RoyaltyTermsProperty.NAME, RoyaltyTermsProperty.write(l.royaltyTerms())), ends);
    }

    @Override
    public License read(Value v) {
        return new License(text(v, "id"), constant(LicenseKind.class, v, "kind"),
                new License.Grantor(text(v, "grantorOrganization"), text(v, "grantorPool")),
                texts(v, "grantees"), date(v, "granted"), date(v, "expires"), texts(v, "territories"),
                text(v, "fieldOfUse"), bool(v, "sublicensable"), bool(v, "affiliates"), text(v, "royalty"),
                RoyaltyTermsProperty.read(text(v, RoyaltyTermsProperty.NAME)),
                new License.Scope(texts(v, "patents"), texts(v, "families"), texts(v, "pools"),
                        texts(v, "portfolios")));
    }

    @Override
    public String projection() {
        return """
                n {.*,
                   grantorOrganization: head([(n)-[:GRANTED_BY]->(o:Organization) | o.id]),
                   grantorPool: head([(n)-[:GRANTED_BY]->(p:Pool) | p.id]),
                   grantees: [(n)-[:GRANTED_TO]->(o:Organization) | o.id],
                   patents: [(n)-[:COVERS]->(p:Patent) | p.id],
                   families: [(n)-[:COVERS]->(f:Family) | f.id],
                   pools: [(n)-[:COVERS]->(p:Pool) | p.id],
                   portfolios: [(n)-[:COVERS]->(o:Organization) | o.id]}""";
    }

    @Override
    public List<String> upserts() {
        return List.of(propertiesUpsert(), """
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
                """);
    }

    /**
     * A new licence with its parties and scope, in one statement: a new node has no old edges to replace, so each is
     * created (each id once) instead of merged.
     */
    @Override
    public List<String> creates() {
        return List.of(propertiesCreate() + """
                WITH n, row
                CALL (n, row) {
                  MATCH (o:Organization {id: row.grantorOrganization})
                  CREATE (n)-[:GRANTED_BY]->(o)
                }
                CALL (n, row) {
                  MATCH (p:Pool {id: row.grantorPool})
                  CREATE (n)-[:GRANTED_BY]->(p)
                }
                CALL (n, row) {
                  UNWIND row.grantees AS granteeId
                  WITH DISTINCT n, granteeId
                  MATCH (o:Organization {id: granteeId})
                  CREATE (n)-[:GRANTED_TO]->(o)
                }
                CALL (n, row) {
                  UNWIND row.patents AS patentId
                  WITH DISTINCT n, patentId
                  MATCH (p:Patent {id: patentId})
                  CREATE (n)-[:COVERS]->(p)
                }
                CALL (n, row) {
                  UNWIND row.families AS familyId
                  WITH DISTINCT n, familyId
                  MATCH (f:Family {id: familyId})
                  CREATE (n)-[:COVERS]->(f)
                }
                CALL (n, row) {
                  UNWIND row.pools AS poolId
                  WITH DISTINCT n, poolId
                  MATCH (p:Pool {id: poolId})
                  CREATE (n)-[:COVERS]->(p)
                }
                CALL (n, row) {
                  UNWIND row.portfolios AS ownerId
                  WITH DISTINCT n, ownerId
                  MATCH (o:Organization {id: ownerId})
                  CREATE (n)-[:COVERS]->(o)
                }
                """);
    }

    @Override
    public List<OwnEdge> ownEdges() {
        return List.of(new OwnEdge("grantorOrganization", "GRANTED_BY", Label.Organization),
                new OwnEdge("grantorPool", "GRANTED_BY", Label.Pool),
                new OwnEdge("grantees", "GRANTED_TO", Label.Organization),
                new OwnEdge("patents", "COVERS", Label.Patent),
                new OwnEdge("families", "COVERS", Label.Family),
                new OwnEdge("pools", "COVERS", Label.Pool),
                new OwnEdge("portfolios", "COVERS", Label.Organization));
    }

    @Override
    public List<Reference> references(License l) {
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
}
