package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * Reads a sepgraph bundle with Jackson's streaming parser: the top-level arrays in any order, each element parsed
 * on its own (a small tree of one element, never the document) into the graph module's record, which validates
 * it. Every reference (a patent's family, a standard's parents, both ends of a relationship, a licence's parties
 * and scope) must name an id of the bundle, or is staged as a reference outside the file that the writer must find
 * in the store (else the element is refused with its JSON path, {@code $.patents[3].family}). A bundle is lossless:
 * each node and relationship it holds replaces the stored one whole; what it does not mention is left alone. Two
 * different values under one id are refused.
 */
public final class BundleParser implements Parser {
    private final ObjectMapper mapper = Bundle.mapper();

    /**
     * Where the parser puts each value it accepts, as it reads it: the first element of each identity (a node's
     * label and id, a relationship's type, ends and key), in file order; a later equal one is not passed again.
     */
    public interface Sink {
        <T> void node(NodeKind<T> kind, T value);

        <T> void edge(EdgeKind<T> kind, T value);
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
            public <T> void edge(EdgeKind<T> kind, T value) {
                staged.edges(kind, Merges::replace).put(value);
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
        // a reader thread tokenises the JSON and builds each element's tree; this thread turns the trees into
        // records, validates, deduplicates and hands them on, in file order (the steps below run here, in order)
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
            if (!state.ids.getOrDefault(p.label(), Set.of()).contains(p.id())) {
                outside.add(new StagedGraph.Outside(p.label(), p.id(), p.path(), p.line()));
            }
        }
        return outside;
    }

    /** What the steps read and write, on the consuming thread only. */
    private static final class State {
        final ImportRun run;
        final Sink sink;
        final Map<Label, Set<String>> ids = new HashMap<>();
        final Map<String, Seen> seen = new HashMap<>();
        final List<Pending> references = new ArrayList<>();
        boolean formatSeen;
        boolean versionSeen;

        State(ImportRun run, Sink sink) {
            this.run = run;
            this.sink = sink;
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
                } catch (RuntimeException e) {
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

        private void readArray(JsonParser json, Bundle.Collection c) throws IOException, InterruptedException {
            int index = 0;
            while (!cancelled && json.nextToken() != JsonToken.END_ARRAY) {
                int at = index++;
                long line = line(json);
                JsonNode element = mapper.readTree(json);
                emit(state -> element(state, c, at, line, element));
            }
        }
    }

    /** One element of collection {@code c}: counted, made a record (or an error), staged. */
    private void element(State state, Bundle.Collection c, int at, long line, JsonNode element) {
        ImportRun run = state.run;
        run.rowRead();
        String path = "$." + c.key() + "[" + at + "]";
        Object value;
        try {
            if (element == null || !element.isObject()) {
                throw new InvalidField("", "an element of " + c.key() + " must be an object");
            }
            value = mapper.treeToValue(element, c.type());
        } catch (InvalidField e) {
            run.issues().error(line, path + (e.field().isEmpty() ? "" : "." + e.field()), e.getMessage());
            return;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidField f) {
                // the model names fields from the element down ("family", "grantor.pool", "scope.patents[0]"),
                // a nested value from itself down ("perUnit" of royaltyTerms[0].rates[1])
                run.issues().error(line, path + "." + JsonReading.field(e, f), f.getMessage());
            } else {
                run.issues().error(line, path(path, e), JsonReading.describe(e));
            }
            return;
        } catch (UnrecognizedPropertyException e) {
            run.issues().error(line, path(path, e), "unknown field '" + e.getPropertyName() + "'");
            return;
        } catch (JsonMappingException e) {
            run.issues().error(line, path(path, e), JsonReading.describe(e));
            return;
        } catch (JsonProcessingException e) {
            throw run.refuse(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (c.isNode()) {
            stageNode(c.node(), value, c.key(), at, line, run, state.sink, state.ids, state.seen, state.references);
        } else {
            stageEdge(c.edge(), value, c.key(), at, line, run, state.sink, state.ids, state.seen, state.references);
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
    private static <T> void stageNode(NodeKind<T> kind, Object raw, String key, int index, long line,
                                      ImportRun run, Sink sink, Map<Label, Set<String>> ids,
                                      Map<String, Seen> seen, List<Pending> references) {
        T value = (T) raw;
        String id = kind.id(value);
        String identity = kind.label().name() + '\u0000' + id;
        Seen first = seen.putIfAbsent(identity, new Seen(value, key, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                run.issues().error(line, "$." + key + "[" + index + "].id", "the " + kind.label().noun()
                        + " '" + id + "' is in the bundle twice with different values (first at " + first.path() + ")");
            }
            return;
        }
        ids.computeIfAbsent(kind.label(), l -> new HashSet<>()).add(id);
        for (Reference r : kind.references(value)) {
            refer(ids, references, r.label(), r.id(), key, index, r.field(), line);
        }
        sink.node(kind, value);
    }

    /** A reference to an id read already is found; one to any other is checked when all is read. */
    private static void refer(Map<Label, Set<String>> ids, List<Pending> references, Label label, String id,
                              String key, int index, String field, long line) {
        Set<String> known = ids.get(label);
        if (known == null || !known.contains(id)) {
            references.add(new Pending(label, id, key, index, field, line));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void stageEdge(EdgeKind<T> kind, Object raw, String key, int index, long line,
                                      ImportRun run, Sink sink, Map<Label, Set<String>> ids,
                                      Map<String, Seen> seen, List<Pending> references) {
        T value = (T) raw;
        String identity = kind.type() + '\u0000'
                + StagedGraph.EdgeStage.key(kind.fromId(value), kind.toId(value), kind.keyOf(value));
        Seen first = seen.putIfAbsent(identity, new Seen(value, key, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                run.issues().error(line, "$." + key + "[" + index + "]", "this " + kind.type()
                        + " relationship is in the bundle twice with different values (first at " + first.path()
                        + ")");
            }
            return;
        }
        refer(ids, references, kind.from(), kind.fromId(value), key, index, kind.fromField(), line);
        refer(ids, references, kind.to(), kind.toId(value), key, index, kind.toField(), line);
        sink.edge(kind, value);
    }


    private static long line(JsonParser json) {
        return json.currentTokenLocation().getLineNr();
    }
}
