package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Stream;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
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

    /** A top-level array of the bundle: the node or relationship kind it holds, under that kind's bundle key. */
    public record Collection(NodeKind<?> node, EdgeKind<?> edge) {
        public String key() {
            return node != null ? node.bundleKey() : edge.bundleKey();
        }

        /** The model record of an element. */
        public Class<?> type() {
            return node != null ? node.type() : edge.valueType();
        }

        public boolean isNode() {
            return node != null;
        }
    }

    /** Every collection, in the order the exporter writes them (nodes first, each referenced before it is named). */
    public static final List<Collection> COLLECTIONS = Stream.concat(
            NodeKinds.ALL.stream().map(k -> new Collection(k, null)),
            EdgeKinds.ALL.stream().map(k -> new Collection(null, k))).toList();

    public static Collection collection(String key) {
        return COLLECTIONS.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /** The keys of every collection, in order. */
    public static List<String> keys() {
        return COLLECTIONS.stream().map(Collection::key).toList();
    }

    /** Keeps {@link License.Scope#isEmpty()} out of the JSON: it is derived, not a field. */
    abstract static class ScopeMixIn {
        @JsonIgnore
        abstract boolean isEmpty();
    }

    /**
     * The JSON mapping of the bundle: dates {@code YYYY-MM-DD}, absent and empty values left out, unknown fields
     * refused (a misspelt field would otherwise lose data silently). Decimals stay exact decimals
     * ({@code 1.50} an amount of royalty terms, not the double 1.5) and keep their trailing zeros: an amount reads
     * as written, as it does from an API payload. Dates of the plain form are read without the JDK's formatter
     * ({@link PlainDates}: a bundle holds millions), every other text as Jackson reads it.
     */
    static ObjectMapper mapper() {
        return JsonReading.strict(new ObjectMapper())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .registerModule(new JavaTimeModule())
                .registerModule(PlainDates.module())
                .addMixIn(License.Scope.class, ScopeMixIn.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }
}
