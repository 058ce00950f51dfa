package org.sepgraph.graph.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.function.UnaryOperator;
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
 *
 * <p>Values are written one at a time as they come ({@link #node}, {@link #relationship}), in one pass: each file's
 * header goes to a file of its own, written by {@link #finish()} once every value is known (the tool takes the
 * header from the first file of a group), so a column holding both whole numbers and fractions (a share of 1) is
 * typed double in every part. A property column is added when its first value comes; the lines written before it
 * stay in a part of their own whose header lacks it (Neo4j 5.26's tool misreads a line shorter than its header:
 * it takes the next line's fields for the missing ones), so a file is one part per column that came late, rarely
 * more than a few. Not thread-safe: one writer.
 */
public final class BulkFiles {
    /** Separates the items of a list property: the ASCII unit separator, which no id, name or title contains. */
    public static final char ARRAY_DELIMITER = '\u001F';

    /** A node file (its header in a file of its own) and the label of its nodes. */
    public record NodeFile(Label label, Path header, Path file) {}

    /** A relationship file (its header in a file of its own) and the type of its relationships. */
    public record RelationshipFile(String type, Path header, Path file) {}

    private final Path dir;
    private final Map<Label, NodeOut> nodeOuts = new LinkedHashMap<>();
    private final Map<EdgeKind<?>, CsvFile> edgeOuts = new LinkedHashMap<>();
    private final List<NodeFile> nodeFiles = new ArrayList<>();
    private final List<RelationshipFile> relationshipFiles = new ArrayList<>();
    private boolean finished;
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

    /** The node files, once {@link #finish() finished}. */
    public List<NodeFile> nodeFiles() {
        return List.copyOf(nodeFiles);
    }

    /** The relationship files, once {@link #finish() finished}. */
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

    /** Writes the nodes of one kind and their own relationships (a patent's family, a licence's parties and scope). */
    public <T> void nodes(NodeKind<T> kind, Collection<T> values) {
        nodes(kind, values, row -> row);
    }

    /** {@link #nodes(NodeKind, Collection)} with each row as {@code decorate} makes it (its provenance added). */
    public <T> void nodes(NodeKind<T> kind, Collection<T> values, UnaryOperator<NodeRow> decorate) {
        for (T v : values) {
            node(kind, v, decorate);
        }
    }

    /** Writes one node and its own relationships; each node of a label once (the caller deduplicates). */
    public <T> void node(NodeKind<T> kind, T value, UnaryOperator<NodeRow> decorate) {
        NodeOut out = nodeOuts.computeIfAbsent(kind.label(), l -> new NodeOut(kind));
        NodeRow row = decorate.apply(kind.row(value));
        out.node.line(row.id(), null, row.props());
        nodes++;
        for (int e = 0; e < out.own.size(); e++) {
            Object ends = row.ends().get(out.own.get(e).field());
            if (ends == null) {
                continue;
            }
            if (ends instanceof Collection<?> c) {
                // each end once, as MERGE writes it
                for (Object end : c.stream().map(Object::toString).distinct().toList()) {
                    out.edges.get(e).line(row.id(), end.toString(), Map.of());
                    relationships++;
                }
            } else {
                out.edges.get(e).line(row.id(), ends.toString(), Map.of());
                relationships++;
            }
        }
    }

    /** Writes the relationships of one kind. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values) {
        relationships(kind, values, row -> row);
    }

    /** {@link #relationships(EdgeKind, Collection)} with each row as {@code decorate} makes it. */
    public <T> void relationships(EdgeKind<T> kind, Collection<T> values, UnaryOperator<EdgeRow> decorate) {
        for (T v : values) {
            relationship(kind, v, decorate);
        }
    }

    /** Writes one relationship; each once (the caller deduplicates). */
    public <T> void relationship(EdgeKind<T> kind, T value, UnaryOperator<EdgeRow> decorate) {
        CsvFile file = edgeOuts.computeIfAbsent(kind, k -> new CsvFile(dir.resolve(k.type() + "-" + k.from().name()
                + "-" + k.to().name()), List.of(":START_ID(" + k.from().name() + ")", ":END_ID(" + k.to().name()
                + ")"), null));
        EdgeRow row = decorate.apply(kind.row(value));
        file.line(row.from(), row.to(), row.props());
        relationships++;
    }

    /** Closes every file and writes the headers; then {@link #nodeFiles()} and {@link #relationshipFiles()} hold. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        RuntimeException failed = null;
        for (Map.Entry<Label, NodeOut> e : nodeOuts.entrySet()) {
            NodeOut out = e.getValue();
            try {
                for (CsvFile.Segment s : out.node.finish()) {
                    nodeFiles.add(new NodeFile(e.getKey(), s.header(), s.data()));
                }
                for (int i = 0; i < out.own.size(); i++) {
                    for (CsvFile.Segment s : out.edges.get(i).finish()) {
                        relationshipFiles.add(new RelationshipFile(out.own.get(i).type(), s.header(), s.data()));
                    }
                }
            } catch (RuntimeException x) {
                failed = failed == null ? x : failed;
            }
        }
        for (Map.Entry<EdgeKind<?>, CsvFile> e : edgeOuts.entrySet()) {
            try {
                for (CsvFile.Segment s : e.getValue().finish()) {
                    relationshipFiles.add(new RelationshipFile(e.getKey().type(), s.header(), s.data()));
                }
            } catch (RuntimeException x) {
                failed = failed == null ? x : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** The files of one label: its nodes and one file per own relationship. */
    private final class NodeOut {
        final CsvFile node;
        final List<NodeKind.OwnEdge> own;
        final List<CsvFile> edges = new ArrayList<>();

        NodeOut(NodeKind<?> kind) {
            String label = kind.label().name();
            node = new CsvFile(dir.resolve(label), List.of("id:ID(" + label + ")"), "id");
            own = kind.ownEdges();
            for (NodeKind.OwnEdge edge : own) {
                edges.add(new CsvFile(dir.resolve(label + "-" + edge.field()),
                        List.of(":START_ID(" + label + ")", ":END_ID(" + edge.to().name() + ")"), null));
            }
        }
    }

    private static final Set<String> NUMBERS = Set.of("long", "double");

    /**
     * One file being written: its lines (the ids, then one field per property column known so far) and, at the end,
     * its header (the id columns, then every property column with its import type) in a file of its own.
     */
    private static final class CsvFile {
        final Path base;
        final List<String> idColumns;
        /** The property to leave out (a node's id is in the id column). */
        final String skip;
        /** The property columns in the order they came, with their import types. */
        final Map<String, String> columns = new LinkedHashMap<>();
        /** The parts written so far: each a data file whose lines all have its width of columns. */
        final List<Segment> segments = new ArrayList<>();
        Writer out;
        Segment current;

        /** One part of the file: its data file, its header file, how many property columns its lines have. */
        record Segment(Path data, Path header, int width, long[] lines) {}

        CsvFile(Path base, List<String> idColumns, String skip) {
            this.base = base;
            this.idColumns = idColumns;
            this.skip = skip;
            open(0);
        }

        /** Starts the next part, {@code width} property columns wide. */
        private void open(int width) {
            int n = segments.size();
            String name = base.getFileName() + (n == 0 ? "" : "-" + n);
            current = new Segment(base.resolveSibling(name + ".csv"), base.resolveSibling(name + "-header.csv"),
                    width, new long[1]);
            segments.add(current);
            try {
                out = new BufferedWriter(Files.newBufferedWriter(current.data(), StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + current.data(), e);
            }
        }

        /**
         * A line: the one or two ids, then the value of each property column (empty when absent). A property seen
         * for the first time adds a column; the lines before it stay in a part of their own (with a header without
         * it): the tool does not read lines shorter than their header reliably.
         */
        void line(String id, String id2, Map<String, Object> props) {
            for (Map.Entry<String, Object> p : props.entrySet()) {
                String name = p.getKey();
                Object value = p.getValue();
                if (value == null || name.equals(skip)) {
                    continue;
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
            }
            if (columns.size() > current.width()) {
                if (current.lines()[0] == 0) {
                    segments.set(segments.size() - 1, current = new Segment(current.data(), current.header(),
                            columns.size(), current.lines()));
                } else {
                    close();
                    open(columns.size());
                }
            }
            try {
                quoted(id);
                if (id2 != null) {
                    out.write(',');
                    quoted(id2);
                }
                for (String name : columns.keySet()) {
                    out.write(',');
                    Object value = props.get(name);
                    if (value != null) {
                        field(value);
                    }
                }
                out.write('\n');
                current.lines()[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + current.data(), e);
            }
        }

        private void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + current.data(), e);
            }
        }

        private void quoted(String s) throws IOException {
            out.write('"');
            if (s.indexOf('"') < 0) {
                out.write(s);
            } else {
                out.write(s.replace("\"", "\"\""));
            }
            out.write('"');
        }

        /** Lists joined with {@link #ARRAY_DELIMITER}; dates, booleans and text quoted; numbers bare. */
        private void field(Object value) throws IOException {
            if (value instanceof Long || value instanceof Integer || value instanceof Double
                    || value instanceof Float) {
                out.write(value.toString());
            } else if (value instanceof Collection<?> c) {
                StringBuilder joined = new StringBuilder();
                for (Object item : c) {
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(item);
                }
                quoted(joined.toString());
            } else {
                quoted(value.toString());
            }
        }

        /** Closes the last part and writes every part's header, with the columns' final types. */
        List<Segment> finish() {
            close();
            List<String> names = new ArrayList<>();
            columns.forEach((name, type) -> names.add(name + ":" + type));
            for (Segment segment : segments) {
                List<String> header = new ArrayList<>(idColumns);
                header.addAll(names.subList(0, segment.width()));
                StringBuilder line = new StringBuilder();
                for (String n : header) {
                    if (!line.isEmpty()) {
                        line.append(',');
                    }
                    line.append('"').append(n.replace("\"", "\"\"")).append('"');
                }
                try {
                    Files.writeString(segment.header(), line.append('\n').toString(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + segment.header(), e);
                }
            }
            return List.copyOf(segments);
        }
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
}
