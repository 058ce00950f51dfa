package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.Reference;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.staging.Merges;
import org.sepgraph.imports.staging.Parser;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * Reads a sepgraph bundle with Jackson's streaming parser: the top-level arrays in any order, each element bound
 * on its own (never the document) straight from the tokens to the graph module's record, which validates it. Every reference (a patent's family, a standard's parents, both ends of a relationship, a licence's parties
 * and scope) must name an id of the bundle, or is staged as a reference outside the file that the writer must find
 * in the store (else the element is refused with its JSON path, {@code $.patents[3].family}). A bundle is lossless:
 * each node and relationship it holds replaces the stored one whole; what it does not mention is left alone. Two
 * different values under one id are refused.
 */
public final class BundleParser implements Parser {
    private final ObjectMapper mapper = Bundle.mapper();
    /** One reader per collection, its record type resolved once. */
    private final Map<Bundle.Collection, ObjectReader> readers = Bundle.COLLECTIONS.stream()
            .collect(Collectors.toMap(c -> c, c -> mapper.readerFor(c.type())));

    /**
     * Where the parser puts each value it accepts, as it reads it: the first element of each identity (a node's
     * label and id, a relationship's type, ends and key), in file order; a later equal one is not passed again.
     */
    public interface Sink {
        <T> void node(NodeKind<T> kind, T value);

        /** {@code identity} is the relationship's {@link StagedGraph.EdgeStage#key}, computed once here. */
        <T> void edge(EdgeKind<T> kind, T value, String identity);
    }

    /** A reference to an id not read yet: in the bundle further down (checked when all is read) or in the store. */
    private record Pending(Label label, String id, String key, int index, String field, long line) {
        /** Its JSON path ({@code $.patents[3].family}), built only for a reference that finds nothing. */
        String path() {
            return "$." + key + "[" + index + "]." + field;
        }
    }

    /** Where an element was read ({@code $.key[index]}), to name the first of two clashing ones. */
    private record Seen(Object value, String key, int index) {
        String path() {
            return "$." + key + "[" + index + "]";
        }
    }

    @Override
    public StagedGraph parse(InputStream in, ImportRun run) {
        StagedGraph staged = new StagedGraph();
        List<StagedGraph.Outside> outside = read(in, run, new Sink() {
            @Override
            public <T> void node(NodeKind<T> kind, T value) {
                staged.nodes(kind, Merges::replace).put(value);
            }

            @Override
            public <T> void edge(EdgeKind<T> kind, T value, String identity) {
                staged.edges(kind, Merges::replace).put(identity, value);
            }
        });
        outside.forEach(o -> staged.outside(o.label(), o.id(), o.path(), o.line()));
        return staged;
    }

    /**
     * Reads and validates the bundle, passing each accepted value to {@code sink} as it is read (so a writer can
     * work while the rest is read; nothing but the identities read so far is held); errors go to {@code run}'s
     * issues. Returns the references to ids the bundle does not hold, in file order (the writer refuses them, or
     * finds them in the store).
     */
    public List<StagedGraph.Outside> read(InputStream in, ImportRun run, Sink sink) {
        State state = new State(run, sink);
        // a reader thread tokenises the JSON and binds each element to its record (which validates it); this
        // thread counts, deduplicates and hands them on, in file order (the steps below run here, in order)
        Reader reader = new Reader(in);
        Thread thread = new Thread(reader, "sepgraph-bundle-reader");
        thread.setDaemon(true);
        thread.start();
        boolean done = false;
        try {
            while (!done) {
                for (Step step : reader.take()) {
                    if (step == END) {
                        done = true;
                        break;
                    }
                    step.run(state);
                }
            }
        } finally {
            reader.cancel();
            join(thread);
        }
        if (!state.formatSeen || !state.versionSeen) {
            run.issues().error(1, "$", "a bundle states \"format\": \"" + Bundle.FORMAT + "\" and \"version\": "
                    + Bundle.VERSION);
        }
        // the writer refuses the file with these errors and those of its references together
        List<StagedGraph.Outside> outside = new ArrayList<>();
        for (Pending p : state.references) {
            if (!state.nodes(p.label()).containsKey(p.id())) {
                outside.add(new StagedGraph.Outside(p.label(), p.id(), p.path(), p.line()));
            }
        }
        return outside;
    }

    /** What the steps read and write, on the consuming thread only. */
    private static final class State {
        final ImportRun run;
        final Sink sink;
        /** Each node read, by label and id: the ids a reference may name, and the first value under each. */
        final Map<Label, Map<String, Seen>> nodes = new EnumMap<>(Label.class);
        /** Each relationship read, by kind and identity ({@link StagedGraph.EdgeStage#key}). */
        final Map<EdgeKind<?>, Map<String, Seen>> edges = new HashMap<>();
        final List<Pending> references = new ArrayList<>();
        boolean formatSeen;
        boolean versionSeen;

        State(ImportRun run, Sink sink) {
            this.run = run;
            this.sink = sink;
        }

        Map<String, Seen> nodes(Label label) {
            return nodes.computeIfAbsent(label, l -> new HashMap<>());
        }
    }

    /** One thing the reader found, to be done on the consuming thread in file order. */
    @FunctionalInterface
    private interface Step {
        void run(State state);
    }

    private static final Step END = state -> {};

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the JSON on its own thread into steps, in batches through a bounded queue; the last step of a batch
     * stream is {@link #END}, after a refusal or a read failure too (as a step that throws).
     */
    private final class Reader implements Runnable {
        private static final int BATCH = 256;
        private final InputStream in;
        private final BlockingQueue<List<Step>> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean cancelled;
        private List<Step> batch = new ArrayList<>(BATCH);

        Reader(InputStream in) {
            this.in = in;
        }

        List<Step> take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the bundle", e);
            }
        }

        void cancel() {
            cancelled = true;
            queue.clear();
        }

        private void emit(Step step) throws InterruptedException {
            batch.add(step);
            if (batch.size() == BATCH || step == END) {
                while (!cancelled && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    // the consumer is busy: wait, unless it has stopped
                }
                batch = new ArrayList<>(BATCH);
            }
        }

        @Override
        public void run() {
            try {
                try {
                    readAll();
                } catch (JsonProcessingException e) {
                    long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                    String message = "not valid JSON: " + e.getOriginalMessage();
                    emit(state -> {
                        throw state.run.refuse(at, null, message);
                    });
                } catch (IOException e) {
                    emit(state -> {
                        throw new UncheckedIOException("the bundle could not be read", e);
                    });
                } catch (RuntimeException | Error e) {
                    // records are built on this thread: what they throw is thrown on the reading one
                    emit(state -> {
                        throw e;
                    });
                }
                emit(END);
            } catch (InterruptedException e) {
                cancelled = true;
            }
        }

        private void readAll() throws IOException, InterruptedException {
            try (JsonParser json = mapper.getFactory().createParser(in)) {
                json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                // a key twice in one object is not a bundle (which of the two values would be meant?)
                json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    long at = line(json);
                    emit(state -> {
                        throw state.run.refuse(at, "$", "a bundle is one JSON object");
                    });
                    return;
                }
                while (!cancelled && json.nextToken() == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    JsonToken value = json.nextToken();
                    long keyLine = line(json);
                    switch (key) {
                        case "format" -> {
                            boolean right = Bundle.FORMAT.equals(json.getValueAsString());
                            emit(state -> {
                                state.formatSeen = true;
                                if (!right) {
                                    throw state.run.refuse(keyLine, "$.format", "format must be \""
                                            + Bundle.FORMAT + "\"");
                                }
                            });
                            if (!right) {
                                return;
                            }
                        }
                        case "version" -> {
                            boolean right = value == JsonToken.VALUE_NUMBER_INT
                                    && json.getIntValue() == Bundle.VERSION;
                            String text = json.getText();
                            emit(state -> {
                                state.versionSeen = true;
                                if (!right) {
                                    throw state.run.refuse(keyLine, "$.version", "this reader knows bundle "
                                            + "version " + Bundle.VERSION + " only, not " + text);
                                }
                            });
                            if (!right) {
                                return;
                            }
                        }
                        default -> {
                            Bundle.Collection c = Bundle.collection(key);
                            if (c == null) {
                                emit(state -> state.run.issues().error(keyLine, "$." + key, "unknown collection '"
                                        + key + "'; known: " + Bundle.keys()));
                                json.skipChildren();
                            } else if (value != JsonToken.START_ARRAY) {
                                emit(state -> state.run.issues().error(keyLine, "$." + key, key
                                        + " must be an array"));
                                json.skipChildren();
                            } else {
                                readArray(json, c);
                            }
                        }
                    }
                }
            }
        }

        /**
         * Binds each element straight from the token stream to its record (no tree in between). A mistake in an
         * element is its own error: the rest of the element is skipped and the next one is read.
         */
        private void readArray(JsonParser json, Bundle.Collection c) throws IOException, InterruptedException {
            ObjectReader binder = readers.get(c);
            JsonStreamContext array = json.getParsingContext();
            int index = 0;
            while (!cancelled && json.nextToken() != JsonToken.END_ARRAY) {
                int at = index++;
                long line = line(json);
                String path = "$." + c.key() + "[" + at + "]";
                if (json.currentToken() != JsonToken.START_OBJECT) {
                    if (json.currentToken().isScalarValue()) {
                        json.getText(); // decoded: a broken string makes the file not JSON, as anywhere else
                    } else {
                        json.skipChildren();
                    }
                    emit(state -> refused(state, line, path, "an element of " + c.key() + " must be an object"));
                    continue;
                }
                Object value;
                try {
                    value = binder.readValue(json);
                } catch (JsonMappingException e) {
                    if (e.getCause() instanceof JsonParseException
                            || e.getCause() instanceof StreamConstraintsException) {
                        // Jackson wraps what breaks the JSON inside a nested value: the file is not JSON
                        throw (JsonProcessingException) e.getCause();
                    }
                    String field = field(path, e);
                    String message = message(e, json);
                    skipRestOf(json, array);
                    emit(state -> refused(state, line, field, message));
                    continue;
                }
                emit(state -> staged(state, c, at, line, value));
            }
        }
    }

    /** After a refused element: reads on to its end, so that the next element is read from its start. */
    private static void skipRestOf(JsonParser json, JsonStreamContext array) throws IOException {
        while (json.getParsingContext() != array) {
            if (json.nextToken() == null) {
                return;
            }
        }
    }

    /** The JSON path of what a mapping mistake refused: the field the model names, else where Jackson was. */
    private static String field(String path, JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidField f) {
            // the model names fields from the element down ("family", "grantor.pool", "scope.patents[0]"),
            // a nested value from itself down ("perUnit" of royaltyTerms[0].rates[1])
            return path + "." + JsonReading.field(e, f);
        }
        return path(path, e);
    }

    /**
     * What a mapping mistake says, in the bundle's words. A number of the wrong kind is quoted as written
     * ({@code 1.50}, {@code 1E+2}), not as the double the token stream made of it.
     */
    private static String message(JsonMappingException e, JsonParser json) throws IOException {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidField f) {
            return f.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f && json.currentToken() != null && json.currentToken().isNumeric()) {
            return JsonReading.describe(f, json.getDecimalValue());
        }
        return JsonReading.describe(e);
    }

    /** An element that was not accepted: counted, its error recorded. */
    private static void refused(State state, long line, String field, String message) {
        state.run.rowRead();
        state.run.issues().error(line, field, message);
    }

    /** An accepted element of collection {@code c}: counted, checked against what was read before, staged. */
    private static void staged(State state, Bundle.Collection c, int at, long line, Object value) {
        state.run.rowRead();
        if (c.isNode()) {
            stageNode(state, c.node(), value, c.key(), at, line);
        } else {
            stageEdge(state, c.edge(), value, c.key(), at, line);
        }
    }

    /** The JSON path of a mapping error: the element's path and the fields Jackson was in. */
    private static String path(String element, JsonMappingException e) {
        StringBuilder p = new StringBuilder(element);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                p.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                p.append('[').append(ref.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> void stageNode(State state, NodeKind<T> kind, Object raw, String key, int index, long line) {
        T value = (T) raw;
        String id = kind.id(value);
        Seen first = state.nodes(kind.label()).putIfAbsent(id, new Seen(value, key, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                state.run.issues().error(line, "$." + key + "[" + index + "].id", "the " + kind.label().noun()
                        + " '" + id + "' is in the bundle twice with different values (first at " + first.path() + ")");
            }
            return;
        }
        for (Reference r : kind.references(value)) {
            refer(state, r.label(), r.id(), key, index, r.field(), line);
        }
        state.sink.node(kind, value);
    }

    /** A reference to an id read already is found; one to any other is checked when all is read. */
    private static void refer(State state, Label label, String id, String key, int index, String field, long line) {
        if (!state.nodes(label).containsKey(id)) {
            state.references.add(new Pending(label, id, key, index, field, line));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void stageEdge(State state, EdgeKind<T> kind, Object raw, String key, int index, long line) {
        T value = (T) raw;
        String identity = StagedGraph.EdgeStage.key(kind.fromId(value), kind.toId(value), kind.keyOf(value));
        Seen first = state.edges.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(identity,
                new Seen(value, key, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                state.run.issues().error(line, "$." + key + "[" + index + "]", "this " + kind.type()
                        + " relationship is in the bundle twice with different values (first at " + first.path()
                        + ")");
            }
            return;
        }
        refer(state, kind.from(), kind.fromId(value), key, index, kind.fromField(), line);
        refer(state, kind.to(), kind.toId(value), key, index, kind.toField(), line);
        state.sink.edge(kind, value, identity);
    }

    private static long line(JsonParser json) {
        return json.currentTokenLocation().getLineNr();
    }
}
