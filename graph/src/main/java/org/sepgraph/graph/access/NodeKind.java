package org.sepgraph.graph.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How one kind of node is written and read. {@code upserts} are run in order in one transaction with
 * {@code $rows} (a list of {@link #row} maps), so a single CRUD write and a batch of a bundle import share them.
 *
 * @param label       the node label
 * @param upserts     statements over {@code UNWIND $rows AS row}: node properties first, then its own edges
 * @param projection  Cypher map projection of node {@code n} read back by {@link #read}
 * @param ownEdges    the relationships leaving this node that are part of its own payload (not dependants): the
 *                    row field naming their end(s), their type and the end's label. The upsert statements write
 *                    them in Cypher; offline files ({@link BulkFiles}) write them from this list, and a test
 *                    checks both give the same graph
 * @param row         the parameter map of one value: {@code id}, {@code props} and the ids of its own edges
 * @param read        the value from a projection
 * @param references  the other nodes a value names, which must exist
 */
public record NodeKind<T>(Label label, List<String> upserts, String projection, List<OwnEdge> ownEdges,
                          Function<T, Map<String, Object>> row, Function<Row, T> read,
                          Function<T, List<Reference>> references, Function<T, String> id) {

    /** One relationship of a node's own payload: {@code field} of its row holds the id (or ids) of the ends. */
    public record OwnEdge(String field, String type, Label to) {}

    /** The types of the node's own relationships. */
    public Set<String> ownEdgeTypes() {
        return ownEdges.stream().map(OwnEdge::type).collect(java.util.stream.Collectors.toCollection(
                java.util.TreeSet::new));
    }

    public T fromProjection(Map<String, Object> values) {
        return read.apply(new Row(values));
    }
}
