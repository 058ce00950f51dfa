package org.sepgraph.graph.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.Conflict;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.UnknownReference;
import org.sepgraph.graph.store.GraphStore;

/**
 * Create, read, replace, list and delete one kind of node. Each write is one transaction that checks first
 * (duplicate id, unknown references, dependants) and writes only when every check passed.
 */
public final class Nodes<T> {
    /**
     * A patent by any of its publication numbers: a seek in the full-text index {@code patent_numbers} (keyword
     * analyzer over id and aliases, see Schema), its own id first when another patent lists it as an alias.
     */
    static final String PATENT_BY_NUMBER = """
            CALL db.index.fulltext.queryNodes('patent_numbers', $term) YIELD node AS n
            WITH n
            ORDER BY n.id = $id DESC, n.id
            LIMIT 1
            """;

    /**
     * The search of patents ({@code q}) from the two full-text indexes, never a scan of the patents: candidates whose id
     * or another publication number contains the upper-cased text (a wildcard {@code *TEXT*} over the keyword analyzer's
     * whole numbers in {@code patent_numbers}), and candidates whose title has, for each run of letters and digits of
     * the text, a word containing it ({@code patent_titles}); then the same test as every other kind's search, so that
     * the answer is exactly the one a scan gives. Used when {@link #titleWords} can build the title query.
     */
    static final String PATENT_SEARCH = """
            CALL {
              CALL db.index.fulltext.queryNodes('patent_numbers', $numbers) YIELD node
              RETURN node AS n
              UNION
              CALL db.index.fulltext.queryNodes('patent_titles', $words) YIELD node
              RETURN node AS n
            }
            WITH n
            WHERE toLower(n.id) CONTAINS $q
               OR toLower(coalesce(n.name, n.title, '')) CONTAINS $q
               OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $q)
            """;

    /** Patents whose title contains $q, through the titles' index (see {@link #titleWords}), then the exact test. */
    static final String PATENTS_TITLED = """
            CALL db.index.fulltext.queryNodes('patent_titles', $words) YIELD node AS n
            WITH n
            WHERE toLower(coalesce(n.name, n.title, '')) CONTAINS $q
            RETURN n.id AS id
            """;

    /** The relationships of given types at a node, with their ends' ids: what a cascading delete takes along. */
    static final String INCIDENT = """
            MATCH (n:%s {id: $id})-[r]-()
            WHERE type(r) IN $types
            RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
            ORDER BY type, from, to
            """;

    private final GraphStore store;
    private final NodeKind<T> kind;
    private final String get;
    /** The node by its stored id (not by alias), all its properties: what a replace compares with. */
    private final String byId;
    /** Nodes by a list of stored ids, each a seek. */
    private final String byIds;
    private final String list;
    private final String count;
    private final String patentList;
    private final String patentCount;
    private final String dependants;
    private final String delete;
    private final String incident;

    public Nodes(GraphStore store, NodeKind<T> kind) {
        this.store = store;
        this.kind = kind;
        String label = kind.label().name();
        this.get = (kind.label() == Label.Patent ? PATENT_BY_NUMBER : "MATCH (n:%s {id: $id})\n".formatted(label))
                + "RETURN " + kind.projection() + " AS value";
        // every projection starts with n {.*: it carries the provenance properties too
        this.byId = "MATCH (n:%s {id: $id})\nRETURN %s AS value".formatted(label, kind.projection());
        this.byIds = "UNWIND $ids AS id\nMATCH (n:%s {id: id})\nRETURN n.id AS id, %s AS value".formatted(label,
                kind.projection());
        String search = """
                MATCH (n:%s)
                WHERE $q IS NULL
                   OR toLower(n.id) CONTAINS $q
                   OR toLower(coalesce(n.name, n.title, '')) CONTAINS $q
                   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $q)
                """.formatted(label);
        this.list = search + "WITH n ORDER BY n.id SKIP $skip LIMIT $limit\nRETURN " + kind.projection() + " AS value";
        this.count = search + "RETURN count(n) AS total";
        this.patentList = PATENT_SEARCH + "WITH n ORDER BY n.id SKIP $skip LIMIT $limit\nRETURN " + kind.projection() + " AS value";
        this.patentCount = PATENT_SEARCH + "RETURN count(n) AS total";
        this.dependants = """
                MATCH (n:%s {id: $id})-[r]-()
                WHERE NOT (startNode(r) = n AND type(r) IN $ownEdges)
                RETURN type(r) AS type, count(r) AS count
                ORDER BY type
                """.formatted(label);
        this.incident = INCIDENT.formatted(label);
        this.delete = """
                MATCH (n:%s {id: $id})
                // licences granted by the node, or left without grantees, lose their meaning with it
                OPTIONAL MATCH (granted:License)-[:GRANTED_BY]->(n)
                OPTIONAL MATCH (onlyTo:License)-[:GRANTED_TO]->(n)
                WHERE NOT EXISTS { (onlyTo)-[:GRANTED_TO]->(other) WHERE other <> n }
                WITH n, collect(DISTINCT granted) + collect(DISTINCT onlyTo) AS orphans
                WITH n, orphans, [l IN orphans | l.id] AS orphanIds
                FOREACH (l IN orphans | DETACH DELETE l)
                DETACH DELETE n
                RETURN orphanIds
                """.formatted(label);
    }

    public NodeKind<T> kind() {
        return kind;
    }

    /** The statement {@link #get} runs, for plan checks. */
    String lookupStatement() {
        return get;
    }

    /** The node with this id (a patent: any of its publication numbers, in any case and spacing). */
    public Optional<T> get(String id) {
        Map<String, Object> params = kind.label() == Label.Patent ? patentNumber("id", id) : Map.of("id", id);
        return store.read(tx -> tx.run(get, params).list().stream()
                .map(r -> kind.read(r.get("value")))
                .findFirst());
    }

    /**
     * The parameters of a look-up of a patent by any number ({@link #PATENT_BY_NUMBER}): {@code id}, the normalised
     * number, and {@code term}, the full-text query that matches it exactly (one quoted term; the keyword analyzer
     * keeps the number whole). An unusable number is InvalidField(field).
     */
    public static Map<String, Object> patentNumber(String field, String number) {
        String id = Patent.normalise(field, number);
        return Map.of("id", id, "term", '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }

    public T require(String id) {
        return get(id).orElseThrow(() -> new NotFound("id", "no " + kind.label().noun() + " '" + id + "'"));
    }

    /**
     * A page of the nodes whose id, name (or title) or another publication number contains {@code q}, in any case;
     * every node when {@code q} is blank. Patents are searched through their full-text indexes
     * ({@link #PATENT_SEARCH}); the other kinds, a few thousand nodes at most, by reading them.
     */
    public Page<T> list(String q, Page.Request request) {
        Map<String, Object> params = new LinkedHashMap<>();
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase();
        params.put("q", text);
        params.put("skip", request.skip());
        params.put("limit", request.size());
        boolean indexed = kind.label() == Label.Patent && text != null && titleWords(text) != null;
        if (indexed) {
            params.put("numbers", numberQuery(text));
            params.put("words", titleWords(text));
        }
        String countStatement = indexed ? patentCount : count;
        String listStatement = indexed ? patentList : list;
        return store.read(tx -> {
            long total = tx.run(countStatement, params).single().get("total").asLong();
            List<T> items = tx.run(listStatement, params).list(r -> kind.read(r.get("value")));
            return new Page<>(items, total, request.page(), request.size());
        });
    }

    /**
     * The ids of the patents whose title contains {@code text} (trimmed, lower case), found through the
     * {@code patent_titles} index and then tested exactly; null when the index cannot find them ({@link #titleWords}).
     * The engine matches publication numbers itself; this is the part of a search only the store holds.
     */
    public List<String> patentsTitled(String text) {
        String words = titleWords(text);
        if (words == null) {
            return null;
        }
        return store.read(tx -> tx.run(PATENTS_TITLED, Map.of("words", words, "q", text))
                .list(r -> r.get("id").asString()));
    }

    /** The nodes stored under these ids, in the order given; an id no longer stored is left out. */
    public List<T> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, T> found = new HashMap<>();
        store.read(tx -> {
            tx.run(byIds, Map.of("ids", ids)).forEachRemaining(r -> found.put(r.get("id").asString(),
                    kind.read(r.get("value"))));
            return null;
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The statements a search of this kind runs, for plan checks: count and list. */
    List<String> searchStatements(String q) {
        boolean indexed = kind.label() == Label.Patent && titleWords(q.strip().toLowerCase()) != null;
        return indexed ? List.of(patentCount, patentList) : List.of(count, list);
    }

    /**
     * The full-text query of the numbers containing {@code text}: {@code *TEXT*} over whole numbers (the keyword
     * analyzer keeps each number one term, in the upper case every number is stored in), Lucene's special characters
     * escaped.
     */
    static String numberQuery(String text) {
        return "*" + escape(text.toUpperCase(java.util.Locale.ROOT)) + "*";
    }

    /**
     * The full-text query of titles that may contain {@code text}: every run of ASCII letters and digits of the text
     * as {@code *run*}, all required. A title containing the text has a word containing each run (the analyzer
     * never splits a run of ASCII letters and digits), so the index finds a superset that the exact test then
     * narrows. Null when the text has no such run or has other letters (a CJK title is split into single
     * characters): the search then reads the patents, as before.
     */
    static String titleWords(String text) {
        if (!text.matches("[\\p{ASCII}]*")) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        for (String run : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!run.isEmpty()) {
                runs.add("+*" + run + "*");
            }
        }
        return runs.isEmpty() ? null : String.join(" ", runs);
    }

    /** Lucene's query syntax characters (and white space) escaped with a backslash. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Creates a new node; refused when the id exists or a reference does not. The write is {@code origin}'s. */
    public Written<T> create(T value, Origin origin) {
        String id = kind.id(value);
        long version = store.write(tx -> {
            if (exists(tx, kind.label(), id)) {
                throw new Conflict("id", "the " + kind.label().noun() + " '" + id + "' exists already; PUT replaces it");
            }
            checkReferences(tx, kind.references(value));
            NodeRow row = kind.row(value);
            Set<String> set = Provenance.changedFields(null, Provenance.fields(row));
            set.remove("id");
            // CREATE, not MERGE: of two creations of one id racing past the check above, the later one fails the
            // uniqueness constraint (a 409) instead of silently replacing the other's node and answering 201
            create(tx, List.of(Provenance.of(origin, set).on(row)));
            return ChangeLog.append(tx, origin, List.of(Change.node(kind.bundleKey(), Action.CREATED, id)));
        });
        return new Written<>(require(id), version, true);
    }

    /** {@link #create(Object, Origin)} by the service itself (tests, the demo). */
    public T create(T value) {
        return create(value, Origin.system("direct")).value();
    }

    /** Replaces an existing node and its own edges; refused when it does not exist. */
    public Written<T> replace(String id, T value, Origin origin) {
        long version = store.write(tx -> {
            List<Value> stored = tx.run(byId, Map.of("id", id)).list(r -> r.get("value"));
            if (stored.isEmpty()) {
                throw new NotFound("id", "no " + kind.label().noun() + " '" + id + "'");
            }
            checkReferences(tx, kind.references(value));
            NodeRow row = kind.row(value);
            // what a person changes now is theirs from now on, with what they set before
            Set<String> changed = Provenance.changedFields(Provenance.fields(kind.row(kind.read(stored.get(0)))),
                    Provenance.fields(row));
            upsert(tx, List.of(Provenance.of(origin, Provenance.union(Provenance.curated(stored.get(0)), changed))
                    .on(row)));
            return ChangeLog.append(tx, origin, List.of(Change.node(kind.bundleKey(), Action.UPDATED, id)));
        });
        return new Written<>(require(id), version, false);
    }

    /** Writes a batch of rows in the caller's transaction. */
    public void upsert(TransactionContext tx, List<NodeRow> rows) {
        List<Map<String, Object>> parameters = parameters(rows);
        for (String statement : kind.upserts()) {
            tx.run(statement, Map.of("rows", parameters)).consume();
        }
    }

    /**
     * Writes a batch of rows the caller has seen are absent (an import after comparing with the store): CREATE
     * instead of the node MERGE, without its locking unique-index look-up, then the kind's own edges as
     * {@link #upsert} writes them. A row whose id exists already fails the uniqueness constraint.
     */
    public void create(TransactionContext tx, List<NodeRow> rows) {
        create(tx, rows, Map.of());
    }

    /**
     * {@link #create(TransactionContext, List)} with {@code provenance} (a write's {@link Provenance#properties()})
     * set on every node as one parameter of the statement, not copied into each row: an import's rows share it.
     */
    public void create(TransactionContext tx, List<NodeRow> rows, Map<String, Object> provenance) {
        Map<String, Object> parameters = Map.of("rows", parameters(rows), "provenance", provenance);
        for (String statement : kind.creates()) {
            tx.run(statement, parameters).consume();
        }
    }

    private static List<Map<String, Object>> parameters(List<NodeRow> rows) {
        return rows.stream().map(NodeRow::parameters).toList();
    }

    /**
     * Deletes a node. Without {@code cascade}, a node that others depend on is refused with a {@link Conflict}
     * that counts the dependants; with it, the node goes with its relationships and the licences that lose
     * their grantor or their last grantee. The change entry names the node, each relationship of the {@code listed}
     * kinds that went with it (so the audit of a relationship shows its end) and each licence orphaned.
     */
    public long delete(String id, boolean cascade, Origin origin, List<EdgeKind<?>> listed) {
        return store.write(tx -> {
            if (!exists(tx, kind.label(), id)) {
                throw new NotFound("id", "no " + kind.label().noun() + " '" + id + "'");
            }
            if (!cascade) {
                Map<String, Long> found = new LinkedHashMap<>();
                tx.run(dependants, Map.of("id", id, "ownEdges", List.copyOf(kind.ownEdgeTypes())))
                        .forEachRemaining(r -> found.put(r.get("type").asString(), r.get("count").asLong()));
                if (!found.isEmpty()) {
                    throw new Conflict("id", "the " + kind.label().noun() + " '" + id
                            + "' has dependants " + found + "; delete them first or ask for cascade=true", found);
                }
            }
            List<Change> changes = new ArrayList<>();
            changes.add(Change.node(kind.bundleKey(), Action.DELETED, id));
            Map<String, EdgeKind<?>> byType = new HashMap<>();
            listed.forEach(k -> byType.put(k.type(), k));
            tx.run(incident, Map.of("id", id, "types", List.copyOf(byType.keySet())))
                    .forEachRemaining(r -> {
                        EdgeKind<?> k = byType.get(r.get("type").asString());
                        Value key = k.key() == null ? null : r.get("props").get(k.key());
                        changes.add(Change.edge(k.bundleKey(), Action.DELETED, r.get("from").asString(),
                                r.get("to").asString(), key == null || key.isNull() ? "" : key.asObject().toString()));
                    });
            // the licences it orphaned go too
            tx.run(delete, Map.of("id", id)).single().get("orphanIds").asList(v -> v.asString()).forEach(l ->
                    changes.add(Change.node("licenses", Action.DELETED, l)));
            return ChangeLog.append(tx, origin, changes);
        });
    }

    static boolean exists(TransactionContext tx, Label label, String id) {
        return tx.run("MATCH (n:%s {id: $id}) RETURN count(n) > 0 AS found".formatted(label.name()), Map.of("id", id))
                .single().get("found").asBoolean();
    }

    /** Refuses the first reference whose node is missing, naming its field. */
    static void checkReferences(TransactionContext tx, List<Reference> references) {
        List<Reference> missing = new ArrayList<>();
        for (Reference ref : references) {
            if (!exists(tx, ref.label(), ref.id())) {
                missing.add(ref);
            }
        }
        if (!missing.isEmpty()) {
            Reference first = missing.get(0);
            throw new UnknownReference(first.field(), "no " + first.label().noun() + " '" + first.id()
                    + "' (named by " + first.field() + ")");
        }
    }
}
