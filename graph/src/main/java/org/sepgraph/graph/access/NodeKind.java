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
 * @param ownEdges    relationship types leaving this node that are part of its own payload (not dependants)
 * @param row         the parameter map of one value: {@code id}, {@code props} and the ids of its own edges
 * @param read        the value from a projection
 * @param references  the other nodes a value names, which must exist
 */
public record NodeKind<T>(Label label, List<String> upserts, String projection, Set<String> ownEdges,
                          Function<T, Map<String, Object>> row, Function<Row, T> read,
                          Function<T, List<Reference>> references, Function<T, String> id) {

    public T fromProjection(Map<String, Object> values) {
        return read.apply(new Row(values));
    }
}
