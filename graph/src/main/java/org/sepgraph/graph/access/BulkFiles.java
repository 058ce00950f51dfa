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

    /** Writes the nodes of one kind, then one file per own relationship of the kind (a patent's family, ...). */
    public <T> void nodes(NodeKind<T> kind, Collection<T> values) {
        String label = kind.label().name();
        Function<T, Map<String, Object>> props = v -> props(kind.row().apply(v));
        Path file = dir.resolve(label + ".csv");
        Map<String, String> columns = columns(values, props, "id");
        write(file, "id:ID(" + label + ")", columns, values, v -> {
            Map<String, Object> p = props.apply(v);
            return List.of(new Line(field(p.get("id")), p));
        });
        nodeFiles.add(new NodeFile(kind.label(), file));
        nodes += values.size();
        for (NodeKind.OwnEdge edge : kind.ownEdges()) {
            Path edgeFile = dir.resolve(label + "-" + edge.field() + ".csv");
            String header = ":START_ID(" + label + "),:END_ID(" + edge.to().name() + ")";
            relationships += write(edgeFile, header, Map.of(), values, v -> {
                Map<String, Object> row = kind.row().apply(v);
                List<Line> lines = new ArrayList<>();
                for (String end : ends(row.get(edge.field()))) {
                    lines.add(new Line(field(row.get("id")) + "," + field(end), Map.of()));
                }
                return lines;
            });
            relationshipFiles.add(new RelationshipFile(edge.type(), edgeFile));
        }
    }

    /** Writes the relationships of one kind. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values) {
        Path file = dir.resolve(kind.type() + "-" + kind.from().name() + "-" + kind.to().name() + ".csv");
        Function<T, Map<String, Object>> props = v -> props(kind.row(v));
        Map<String, String> columns = columns(values, props, null);
        String header = ":START_ID(" + kind.from().name() + "),:END_ID(" + kind.to().name() + ")";
        relationships += write(file, header, columns, values, v -> List.of(new Line(
                field(kind.fromId().apply(v)) + "," + field(kind.toId().apply(v)), props.apply(v))));
        relationshipFiles.add(new RelationshipFile(kind.type(), file));
    }

    /** The start of a line (ids) and the properties that follow it in the file's columns. */
    private record Line(String ids, Map<String, Object> props) {}

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

    /** Writes a file: the header, then the lines of each value; the number of lines. */
    private static <T> long write(Path file, String idHeader, Map<String, String> columns, Collection<T> values,
                                  Function<T, List<Line>> lines) {
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder(idHeader);
            columns.forEach((name, type) -> header.append(',').append(name).append(':').append(type));
            out.write(header.toString());
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (T v : values) {
                for (Line l : lines.apply(v)) {
                    line.setLength(0);
                    line.append(l.ids());
                    for (String name : columns.keySet()) {
                        line.append(',').append(field(l.props().get(name)));
                    }
                    line.append('\n');
                    out.write(line.toString());
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return written;
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
