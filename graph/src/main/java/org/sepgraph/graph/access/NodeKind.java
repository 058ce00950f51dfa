package org.sepgraph.graph.access;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Value;

/**
 * How one kind of node is named, written and read: the one mapping of that kind, shared by CRUD, imports, the
 * offline bulk files and the export. {@link #upserts()} run in order in one transaction over
 * {@code UNWIND $rows AS row} (rows from {@link #row}), so a single CRUD write and a batch of an import share them.
 *
 * @param <T> the model record of the kind
 */
public abstract class NodeKind<T> {
    private final Label label;
    private final String path;
    private final String bundleKey;
    private final Class<T> type;

    /**
     * @param path      the collection's path segment in the REST API ({@code pool-clusters})
     * @param bundleKey the collection's key in the bundle ({@code clusters})
     */
    protected NodeKind(Label label, String path, String bundleKey, Class<T> type) {
        this.label = label;
        this.path = path;
        this.bundleKey = bundleKey;
        this.type = type;
    }

    /** One relationship of a node's own payload: {@code field} of its row holds the id (or ids) of the ends. */
    public record OwnEdge(String field, String type, Label to) {}

    public final Label label() {
        return label;
    }

    public final String path() {
        return path;
    }

    public final String bundleKey() {
        return bundleKey;
    }

    public final Class<T> type() {
        return type;
    }

    public abstract String id(T value);

    /** The row the write statements and the bulk files take. */
    public abstract NodeRow row(T value);

    /** The value from what {@link #projection()} returned for node {@code n}. */
    public abstract T read(Value projected);

    /** Cypher map projection of node {@code n} that {@link #read} takes. */
    public String projection() {
        return "n {.*}";
    }

    /**
     * Statements over {@code UNWIND $rows AS row}: the node's properties first ({@link #propertiesUpsert()}), then
     * its own relationships, each replaced whole.
     */
    public List<String> upserts() {
        return List.of(propertiesUpsert());
    }

    /**
     * The relationships leaving this node that are part of its own payload (not dependants). The upserts write them
     * in Cypher; the bulk files write them from this list, and a test checks both give the same graph.
     */
    public List<OwnEdge> ownEdges() {
        return List.of();
    }

    /** The other nodes a value names, which must exist before it is written. */
    public List<Reference> references(T value) {
        return List.of();
    }

    /** The types of the node's own relationships, sorted. */
    public final Set<String> ownEdgeTypes() {
        Set<String> types = new TreeSet<>();
        ownEdges().forEach(e -> types.add(e.type()));
        return types;
    }

    /**
     * Statements over {@code UNWIND $rows AS row} for rows the caller has seen are absent (a CRUD create after its
     * check, an import after comparing): CREATE instead of the node MERGE, with {@code $provenance} (a map, possibly
     * empty) added to each node's properties, then the own relationships. By default the upserts' own-relationship
     * statements; a kind whose own relationships can be created with the node (no old ones to replace) overrides it.
     */
    public List<String> creates() {
        List<String> out = new java.util.ArrayList<>();
        out.add(propertiesCreate());
        out.addAll(upserts().subList(1, upserts().size()));
        return out;
    }

    /** Creates each row's node with its properties and {@code $provenance}. */
    protected final String propertiesCreate() {
        return """
                UNWIND $rows AS row
                CREATE (n:%s)
                SET n = row.props, n += $provenance
                """.formatted(label.name());
    }

    /** Sets every property, so a replace drops what the new value leaves out. */
    protected final String propertiesUpsert() {
        return """
                UNWIND $rows AS row
                MERGE (n:%s {id: row.id})
                SET n = row.props
                """.formatted(label.name());
    }

    @Override
    public String toString() {
        return bundleKey;
    }
}
