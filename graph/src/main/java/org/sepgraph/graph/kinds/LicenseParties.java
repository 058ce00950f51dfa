package org.sepgraph.graph.kinds;

import java.util.List;
import java.util.Map;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;

/**
 * The licences an organisation is a party to: it grants them, or it is one of their grantees. Only the organisation
 * itself, not its corporate group (who holds a licence through a group is what Reach answers). Ordered by id, paged.
 */
public final class LicenseParties {
    /** The licences naming the organisation as grantor or grantee (a pool's licences name the pool as grantor). */
    static final String OF_PARTY = """
            MATCH (:Organization {id: $organization})<-[:GRANTED_BY|GRANTED_TO]-(n:License)
            WITH DISTINCT n
            """;
    static final String ORGANIZATION = "MATCH (o:Organization {id: $organization}) RETURN count(o) AS found";
    static final String COUNT = OF_PARTY + "RETURN count(n) AS total";
    static final String LIST = OF_PARTY + "ORDER BY n.id SKIP $skip LIMIT $limit\nRETURN "
            + NodeKinds.LICENSE.projection() + " AS value";

    private final GraphStore store;

    public LicenseParties(GraphStore store) {
        this.store = store;
    }

    /** One page of {@code organization}'s licences; {@link NotFound} (field {@code id}) for an unknown one. */
    public Page<License> of(String organization, Page.Request request) {
        Map<String, Object> params = Map.of("organization", organization, "skip", request.skip(),
                "limit", request.size());
        return store.read(tx -> {
            if (tx.run(ORGANIZATION, params).single().get("found").asLong() == 0) {
                throw new NotFound("id", "no organisation '" + organization + "'");
            }
            long total = tx.run(COUNT, params).single().get("total").asLong();
            List<License> items = tx.run(LIST, params).list(r -> NodeKinds.LICENSE.read(r.get("value")));
            return new Page<>(items, total, request.page(), request.size());
        });
    }
}
