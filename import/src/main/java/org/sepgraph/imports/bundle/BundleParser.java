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

    /** A reference still to be found: in the bundle (checked when all is read) or in the store. */
    private record Pending(Label label, String id, String collection, int index, String field, long line) {
        /** Its JSON path, built only for a reference that finds nothing ({@code $.patents[3].family}). */
        String path() {
            return element(collection, index) + "." + field;
        }
    }

    /** Where an element was read, to name the first of two clashing ones. */
    private record Seen(Object value, String collection, int index) {
        String path() {
            return element(collection, index);
        }
    }

    /**
     * The JSON path of an element ({@code $.patents[3]}): built when a message needs it, not for each of the
     * hundreds of thousands of elements of a large bundle.
     */
    private static String element(String collection, int index) {
        return "$." + collection + "[" + index + "]";
    }

    @Override
    public StagedGraph parse(InputStream in, ImportRun run) {
        StagedGraph staged = new StagedGraph();
        Map<Label, Set<String>> ids = new HashMap<>();
        Map<String, Seen> seen = new HashMap<>();
        List<Pending> references = new ArrayList<>();
        boolean formatSeen = false;
        boolean versionSeen = false;
        try (JsonParser json = mapper.getFactory().createParser(in)) {
            json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw run.refuse(line(json), "$", "a bundle is one JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                JsonToken value = json.nextToken();
                long keyLine = line(json);
                switch (key) {
                    case "format" -> {
                        formatSeen = true;
                        if (!Bundle.FORMAT.equals(json.getValueAsString())) {
                            throw run.refuse(keyLine, "$.format", "format must be \"" + Bundle.FORMAT + "\"");
                        }
                    }
                    case "version" -> {
                        versionSeen = true;
                        if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != Bundle.VERSION) {
                            throw run.refuse(keyLine, "$.version", "this reader knows bundle version "
                                    + Bundle.VERSION + " only, not " + json.getText());
                        }
                    }
                    default -> {
                        Bundle.Collection c = Bundle.collection(key);
                        if (c == null) {
                            run.issues().error(keyLine, "$." + key, "unknown collection '" + key + "'; known: "
                                    + Bundle.keys());
                            json.skipChildren();
                        } else if (value != JsonToken.START_ARRAY) {
                            run.issues().error(keyLine, "$." + key, key + " must be an array");
                            json.skipChildren();
                        } else {
                            readArray(json, c, run, staged, ids, seen, references);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw run.refuse(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle could not be read", e);
        }
        if (!formatSeen || !versionSeen) {
            run.issues().error(1, "$", "a bundle states \"format\": \"" + Bundle.FORMAT + "\" and \"version\": "
                    + Bundle.VERSION);
        }
        // the writer refuses the file with these errors and those of its references together
        for (Pending p : references) {
            if (!ids.getOrDefault(p.label(), Set.of()).contains(p.id())) {
                staged.outside(p.label(), p.id(), p.path(), p.line());
            }
        }
        return staged;
    }

    private void readArray(JsonParser json, Bundle.Collection c, ImportRun run, StagedGraph staged,
                           Map<Label, Set<String>> ids, Map<String, Seen> seen, List<Pending> references)
            throws IOException {
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            int at = index++;
            long line = line(json);
            run.rowRead();
            JsonNode element = mapper.readTree(json);
            Object value;
            try {
                if (element == null || !element.isObject()) {
                    throw new InvalidField("", "an element of " + c.key() + " must be an object");
                }
                value = mapper.treeToValue(element, c.type());
            } catch (InvalidField e) {
                run.issues().error(line, element(c.key(), at) + (e.field().isEmpty() ? "" : "." + e.field()),
                        e.getMessage());
                continue;
            } catch (ValueInstantiationException e) {
                if (e.getCause() instanceof InvalidField f) {
                    // the model names fields from the element down ("family", "grantor.pool", "scope.patents[0]"),
                    // a nested value from itself down ("perUnit" of royaltyTerms[0].rates[1])
                    run.issues().error(line, element(c.key(), at) + "." + JsonReading.field(e, f), f.getMessage());
                } else {
                    run.issues().error(line, path(element(c.key(), at), e), JsonReading.describe(e));
                }
                continue;
            } catch (UnrecognizedPropertyException e) {
                run.issues().error(line, path(element(c.key(), at), e), "unknown field '" + e.getPropertyName() + "'");
                continue;
            } catch (JsonMappingException e) {
                run.issues().error(line, path(element(c.key(), at), e), JsonReading.describe(e));
                continue;
            }
            if (c.isNode()) {
                stageNode(c.node(), value, c.key(), at, line, run, staged, ids, seen, references);
            } else {
                stageEdge(c.edge(), value, c.key(), at, line, run, staged, seen, references);
            }
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
    private static <T> void stageNode(NodeKind<T> kind, Object raw, String collection, int index, long line,
                                      ImportRun run,
                                      StagedGraph staged, Map<Label, Set<String>> ids, Map<String, Seen> seen,
                                      List<Pending> references) {
        T value = (T) raw;
        String id = kind.id(value);
        String identity = kind.label().name() + '\u0000' + id;
        Seen first = seen.putIfAbsent(identity, new Seen(value, collection, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                run.issues().error(line, element(collection, index) + ".id", "the " + kind.label().noun() + " '" + id
                        + "' is in the bundle twice with different values (first at " + first.path() + ")");
            }
            return;
        }
        ids.computeIfAbsent(kind.label(), l -> new HashSet<>()).add(id);
        for (Reference r : kind.references(value)) {
            references.add(new Pending(r.label(), r.id(), collection, index, r.field(), line));
        }
        staged.nodes(kind, Merges::replace).put(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void stageEdge(EdgeKind<T> kind, Object raw, String collection, int index, long line,
                                      ImportRun run,
                                      StagedGraph staged, Map<String, Seen> seen, List<Pending> references) {
        T value = (T) raw;
        StagedGraph.EdgeStage<T> stage = staged.edges(kind, Merges::replace);
        String identity = kind.type() + '\u0000' + stage.keyOf(value);
        Seen first = seen.putIfAbsent(identity, new Seen(value, collection, index));
        if (first != null) {
            if (!first.value().equals(value)) {
                run.issues().error(line, element(collection, index), "this " + kind.type() + " relationship is in the bundle twice with "
                        + "different values (first at " + first.path() + ")");
            }
            return;
        }
        references.add(new Pending(kind.from(), kind.fromId(value), collection, index, kind.fromField(), line));
        references.add(new Pending(kind.to(), kind.toId(value), collection, index, kind.toField(), line));
        stage.put(value);
    }


    private static long line(JsonParser json) {
        return json.currentTokenLocation().getLineNr();
    }
}
