package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeKinds;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.model.License;

/**
 * The sepgraph bundle (DESIGN.md, "Vocabulary: the bundle"): one JSON object with {@code "format":
 * "sepgraph-bundle"}, {@code "version": 1} and one array per collection, in any order, any of them absent. Each
 * element is the graph module's record of that kind, under the same field names as the CRUD payloads.
 */
public final class Bundle {
    public static final String FORMAT = "sepgraph-bundle";
    public static final int VERSION = 1;

    private Bundle() {}

    /** A top-level array of the bundle: its key and the node or relationship kind it holds. */
    public record Collection(String key, NodeKind<?> node, EdgeKind<?> edge, Class<?> type) {
        boolean isNode() {
            return node != null;
        }
    }

    /** Every collection, in the order the exporter writes them (nodes first, each referenced before it is named). */
    public static final List<Collection> COLLECTIONS = List.of(
            node("organizations", NodeKinds.ORGANIZATION, org.sepgraph.graph.model.Organization.class),
            node("alliances", NodeKinds.ALLIANCE, org.sepgraph.graph.model.Alliance.class),
            node("families", NodeKinds.FAMILY, org.sepgraph.graph.model.Family.class),
            node("patents", NodeKinds.PATENT, org.sepgraph.graph.model.Patent.class),
            node("standards", NodeKinds.STANDARD, org.sepgraph.graph.model.Standard.class),
            node("pools", NodeKinds.POOL, org.sepgraph.graph.model.Pool.class),
            node("clusters", NodeKinds.POOL_CLUSTER, org.sepgraph.graph.model.PoolCluster.class),
            node("licenses", NodeKinds.LICENSE, License.class),
            edge("memberships", EdgeKinds.MEMBERSHIPS, org.sepgraph.graph.model.Membership.class),
            edge("affiliations", EdgeKinds.AFFILIATIONS, org.sepgraph.graph.model.Affiliation.class),
            edge("ownerships", EdgeKinds.OWNERSHIPS, org.sepgraph.graph.model.Ownership.class),
            edge("declarations", EdgeKinds.DECLARATIONS, org.sepgraph.graph.model.Declaration.class),
            edge("poolPatents", EdgeKinds.POOL_PATENTS, org.sepgraph.graph.model.PoolPatent.class),
            edge("licensors", EdgeKinds.LICENSORS, org.sepgraph.graph.model.Licensor.class),
            edge("bindings", EdgeKinds.BINDINGS, org.sepgraph.graph.model.Binding.class),
            edge("clusterPools", EdgeKinds.CLUSTER_POOLS, org.sepgraph.graph.model.ClusterPool.class));

    private static Collection node(String key, NodeKind<?> kind, Class<?> type) {
        return new Collection(key, kind, null, type);
    }

    private static Collection edge(String key, EdgeKind<?> kind, Class<?> type) {
        return new Collection(key, null, kind, type);
    }

    public static Collection collection(String key) {
        return COLLECTIONS.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /** Keeps {@link License.Scope#isEmpty()} out of the JSON: it is derived, not a field. */
    abstract static class ScopeMixIn {
        @JsonIgnore
        abstract boolean isEmpty();
    }

    /**
     * The JSON mapping of the bundle: dates {@code YYYY-MM-DD}, absent and empty values left out, unknown fields
     * refused (a misspelt field would otherwise lose data silently).
     */
    static ObjectMapper mapper() {
        return JsonReading.strict(new ObjectMapper())
                .registerModule(new JavaTimeModule())
                .addMixIn(License.Scope.class, ScopeMixIn.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }
}
