package org.sepgraph.graph.bulk;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;

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

    /**
     * Every value but numbers quoted (an empty string stays an empty string, "" — a declaration's unknown version),
     * an absent one left empty (no property).
     */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n').setQuoteMode(QuoteMode.NON_NUMERIC).get();

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
        nodes(kind, values, row -> row);
    }

    /** {@link #nodes(NodeKind, Collection)} with each row as {@code decorate} makes it (its provenance added). */
    public <T> void nodes(NodeKind<T> kind, Collection<T> values, UnaryOperator<NodeRow> decorate) {
        String label = kind.label().name();
        Map<String, String> columns = columns(values, v -> decorate.apply(kind.row(v)).props(), "id");
        List<NodeKind.OwnEdge> own = kind.ownEdges();
        CsvFile nodeFile = new CsvFile(dir.resolve(label + ".csv"), List.of("id:ID(" + label + ")"), columns);
        List<CsvFile> edgeFiles = new ArrayList<>();
        try {
            for (NodeKind.OwnEdge edge : own) {
                edgeFiles.add(new CsvFile(dir.resolve(label + "-" + edge.field() + ".csv"),
                        List.of(":START_ID(" + label + ")", ":END_ID(" + edge.to().name() + ")"), Map.of()));
            }
            for (T v : values) {
                NodeRow row = decorate.apply(kind.row(v));
                nodeFile.line(List.of(row.id()), row.props());
                for (int e = 0; e < own.size(); e++) {
                    for (String end : ends(row.ends().get(own.get(e).field()))) {
                        edgeFiles.get(e).line(List.of(row.id(), end), Map.of());
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
            relationshipFiles.add(new RelationshipFile(own.get(e).type(), edgeFiles.get(e).path));
            relationships += edgeFiles.get(e).lines;
        }
    }

    /** Writes the relationships of one kind. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values) {
        relationships(kind, values, row -> row);
    }

    /** {@link #relationships(EdgeKind, Collection)} with each row as {@code decorate} makes it. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values, UnaryOperator<EdgeRow> decorate) {
        Map<String, String> columns = columns(values, v -> decorate.apply(kind.row(v)).props(), null);
        CsvFile file = new CsvFile(dir.resolve(kind.type() + "-" + kind.from().name() + "-" + kind.to().name()
                + ".csv"), List.of(":START_ID(" + kind.from().name() + ")", ":END_ID(" + kind.to().name() + ")"),
                columns);
        try {
            for (T v : values) {
                EdgeRow row = decorate.apply(kind.row(v));
                file.line(List.of(row.from(), row.to()), row.props());
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
        final CSVPrinter out;
        final List<Object> record = new ArrayList<>();
        long lines;

        CsvFile(Path path, List<String> idColumns, Map<String, String> columns) {
            this.path = path;
            this.columns = columns;
            List<String> header = new ArrayList<>(idColumns);
            columns.forEach((name, type) -> header.add(name + ":" + type));
            try {
                out = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), FORMAT);
                out.printRecord(header);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }

        /** A line: the ids, then the value of each property column (empty when absent). */
        void line(List<String> ids, Map<String, Object> props) {
            record.clear();
            record.addAll(ids);
            for (String name : columns.keySet()) {
                record.add(field(props.get(name)));
            }
            try {
                out.printRecord(record);
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

    private static final Set<String> NUMBERS = Set.of("long", "double");

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
        return new LinkedHashMap<>(columns);
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof LocalDate) {
            return "date";
        }
        if (value instanceof java.time.OffsetDateTime) {
            return "datetime";
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

    /** The value to print: lists joined with {@link #ARRAY_DELIMITER}, dates and booleans as text, null as null. */
    private static Object field(Object value) {
        if (value instanceof Collection<?> c) {
            StringBuilder joined = new StringBuilder();
            for (Object item : c) {
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(item);
            }
            return joined.toString();
        }
        return value instanceof LocalDate || value instanceof Boolean || value instanceof java.time.OffsetDateTime
                ? value.toString() : value;
    }
}
