package org.sepgraph.graph.access;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Node and relationship files in the CSV dialect of Neo4j's offline import tool ({@code neo4j-admin database
 * import}), written from the very rows the write statements take ({@link NodeKind#row}, {@link EdgeKind#row}), so a
 * store built offline from them holds the graph the transactional writes would have made. One file per label, per
 * own relationship of a label ({@link NodeKind#ownEdges}) and per relationship kind; ids live in one id space per
 * label, as the uniqueness constraints have them.
 */
public final class BulkFiles {
    /** Separates the items of a list property: the ASCII unit separator, which no id, name or title contains. */
    public static final char ARRAY_DELIMITER = '\u001F';

    /** A node file and the label of its nodes. */
    public record NodeFile(Label label, Path file) {}

    /** A relationship file and the type of its relationships. */
    public record RelationshipFile(String type, Path file) {}

    private final Path dir;
    private final List<NodeFile> nodeFiles = new ArrayList<>();
    private final List<RelationshipFile> relationshipFiles = new ArrayList<>();
    private long nodes;
    private long relationships;

    public BulkFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<NodeFile> nodeFiles() {
        return List.copyOf(nodeFiles);
    }

    public List<RelationshipFile> relationshipFiles() {
        return List.copyOf(relationshipFiles);
    }

    /** Nodes written so far. */
    public long nodes() {
        return nodes;
    }

    /** Relationships written so far, own relationships of nodes included. */
    public long relationships() {
        return relationships;
    }

    /**
     * Writes the nodes of one kind and, in the same pass, one file per own relationship of the kind (a patent's
     * family, a licence's parties and scope): each value's row is made twice, once to find the columns and once
     * to write.
     */
    public <T> void nodes(NodeKind<T> kind, Collection<T> values) {
        String label = kind.label().name();
        Map<String, String> columns = columns(values, v -> props(kind.row().apply(v)), "id");
        CsvFile nodeFile = new CsvFile(dir.resolve(label + ".csv"), "id:ID(" + label + ")", columns);
        List<CsvFile> edgeFiles = new ArrayList<>();
        try {
            for (NodeKind.OwnEdge edge : kind.ownEdges()) {
                edgeFiles.add(new CsvFile(dir.resolve(label + "-" + edge.field() + ".csv"),
                        ":START_ID(" + label + "),:END_ID(" + edge.to().name() + ")", Map.of()));
            }
            for (T v : values) {
                Map<String, Object> row = kind.row().apply(v);
                String id = field(row.get("id"));
                nodeFile.line(id, props(row));
                for (int e = 0; e < edgeFiles.size(); e++) {
                    for (String end : ends(row.get(kind.ownEdges().get(e).field()))) {
                        edgeFiles.get(e).line(id + "," + field(end), Map.of());
                    }
                }
            }
        } finally {
            nodeFile.close();
            edgeFiles.forEach(CsvFile::close);
        }
        nodeFiles.add(new NodeFile(kind.label(), nodeFile.path));
        nodes += nodeFile.lines;
        for (int e = 0; e < edgeFiles.size(); e++) {
            relationshipFiles.add(new RelationshipFile(kind.ownEdges().get(e).type(), edgeFiles.get(e).path));
            relationships += edgeFiles.get(e).lines;
        }
    }

    /** Writes the relationships of one kind. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values) {
        Map<String, String> columns = columns(values, v -> props(kind.row(v)), null);
        CsvFile file = new CsvFile(dir.resolve(kind.type() + "-" + kind.from().name() + "-" + kind.to().name()
                + ".csv"), ":START_ID(" + kind.from().name() + "),:END_ID(" + kind.to().name() + ")", columns);
        try {
            for (T v : values) {
                file.line(field(kind.fromId().apply(v)) + "," + field(kind.toId().apply(v)), props(kind.row(v)));
            }
        } finally {
            file.close();
        }
        relationshipFiles.add(new RelationshipFile(kind.type(), file.path));
        relationships += file.lines;
    }

    /** One file being written: its header (id columns, then the typed property columns), then its lines. */
    private static final class CsvFile {
        final Path path;
        final Map<String, String> columns;
        final BufferedWriter out;
        final StringBuilder line = new StringBuilder();
        long lines;

        CsvFile(Path path, String idHeader, Map<String, String> columns) {
            this.path = path;
            this.columns = columns;
            StringBuilder header = new StringBuilder(idHeader);
            columns.forEach((name, type) -> header.append(',').append(name).append(':').append(type));
            try {
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                out.write(header.toString());
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }

        /** A line: the ids, then the value of each property column (empty when absent). */
        void line(String ids, Map<String, Object> props) {
            line.setLength(0);
            line.append(ids);
            for (String name : columns.keySet()) {
                line.append(',').append(field(props.get(name)));
            }
            line.append('\n');
            try {
                out.write(line.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
            lines++;
        }

        void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    private static List<String> ends(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            // each end once, as MERGE writes it
            return c.stream().map(Object::toString).distinct().toList();
        }
        return List.of(value.toString());
    }

    private static final java.util.Set<String> NUMBERS = java.util.Set.of("long", "double");

    /** The property columns of a file and their import types, in name order; {@code skip} is in the id column. */
    private static <T> Map<String, String> columns(Collection<T> values, Function<T, Map<String, Object>> props,
                                                   String skip) {
        Map<String, String> columns = new TreeMap<>();
        for (T v : values) {
            props.apply(v).forEach((name, value) -> {
                if (value == null || name.equals(skip)) {
                    return;
                }
                String type = type(value);
                String known = columns.putIfAbsent(name, type);
                if (known != null && !known.equals(type)) {
                    // a whole number where the others are fractions (a share of 1): the column is double
                    if (NUMBERS.contains(known) && NUMBERS.contains(type)) {
                        columns.put(name, "double");
                    } else {
                        throw new IllegalStateException("property '" + name + "' is both " + known + " and " + type);
                    }
                }
            });
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        columns.forEach(ordered::put);
        return ordered;
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof LocalDate) {
            return "date";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "long";
        }
        if (value instanceof Double || value instanceof Float) {
            return "double";
        }
        if (value instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof String)) {
            return "string[]";
        }
        throw new IllegalStateException("no import type for " + value.getClass().getSimpleName() + " " + value);
    }

    /** One CSV field: empty when absent (no property), strings and lists quoted with quotes doubled. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Collection<?> c) {
            StringBuilder joined = new StringBuilder();
            for (Object item : c) {
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(item);
            }
            return quote(joined.toString());
        }
        return value.toString(); // dates (ISO), booleans, numbers
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
