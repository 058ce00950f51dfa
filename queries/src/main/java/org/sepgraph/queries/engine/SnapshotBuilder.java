package org.sepgraph.queries.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.RoyaltyTerms;

/**
 * Makes the next snapshot from a base one (or from nothing, for a load): every table a change touches is copied
 * once, changed, and frozen; the others are shared with the base. Node indexes never move (a removed node becomes a
 * tombstone), so untouched edge tables stay valid. Removing a node removes the relationships it was an end of, as
 * Neo4j's DETACH DELETE did. Not thread-safe: one builder per change batch.
 */
final class SnapshotBuilder {
    /** The relationship types the engine keeps, with their end labels and columns. */
    enum Type {
        MEMBER_OF(Label.Organization, Label.Alliance, 3, -1),
        AFFILIATE_OF(Label.Organization, Label.Organization, 0, -1),
        OWNS(Label.Organization, Label.Patent, 1, -1),
        DECLARED_ESSENTIAL(Label.Patent, Label.Standard, 4, Snapshot.DECLARED_VERSION),
        IN_POOL(Label.Patent, Label.Pool, 2, -1),
        LICENSOR_OF(Label.Organization, Label.Pool, 0, -1),
        BINDS(Label.Pool, Label.Standard, 0, -1),
        IN_CLUSTER(Label.Pool, Label.PoolCluster, 0, -1),
        PART_OF(Label.Standard, Label.Standard, 0, -1);

        final Label from;
        final Label to;
        final int columns;
        /** The column that tells two relationships between the same ends apart, or -1. */
        final int key;

        Type(Label from, Label to, int columns, int key) {
            this.from = from;
            this.to = to;
            this.columns = columns;
            this.key = key;
        }
    }

    private final Snapshot base;
    private final Map<Label, NodeTable.Builder> nodes = new HashMap<>();
    private final Map<Type, EdgeTable.Builder> edges = new HashMap<>();
    private int[][][] licenseLists;
    private Names.Builder aliases;
    private Ints aliasOf;
    private Map<Integer, List<Integer>> aliasesByPatent;
    private Names.Builder declarants;
    private Names.Builder versions;
    private Names.Builder organizationNames;
    private List<int[]> territorySets;
    private Map<String, Integer> territoryIndex;
    private TermsColumn.Builder poolTerms;
    private TermsColumn.Builder licenseTerms;
    /** Nodes removed in this batch that licences may name: taken out of the licences' lists at build. */
    private final Map<Label, java.util.BitSet> removedForLicenses = new HashMap<>();

    SnapshotBuilder(Snapshot base) {
        this.base = base;
    }

    // ---- nodes

    private NodeTable table(Label label) {
        if (base == null) {
            return null;
        }
        return switch (label) {
            case Organization -> base.organizations;
            case Alliance -> base.alliances;
            case Family -> base.families;
            case Patent -> base.patents;
            case Standard -> base.standards;
            case Pool -> base.pools;
            case PoolCluster -> base.clusters;
            case License -> base.licenses;
        };
    }

    private static int columns(Label label) {
        return switch (label) {
            case Organization -> Snapshot.ORG_COLUMNS;
            case Patent -> Snapshot.PATENT_COLUMNS;
            case License -> Snapshot.LICENSE_COLUMNS;
            default -> 0;
        };
    }

    private NodeTable.Builder open(Label label) {
        return nodes.computeIfAbsent(label, l -> {
            NodeTable t = table(l);
            return (t == null ? NodeTable.empty(columns(l)) : t).toBuilder();
        });
    }

    /** The index of a node that exists (in this batch or the base), or -1. */
    int find(Label label, String id) {
        if (id == null) {
            return -1;
        }
        NodeTable.Builder b = nodes.get(label);
        if (b != null) {
            return b.find(id);
        }
        NodeTable t = table(label);
        return t == null ? -1 : t.find(id);
    }

    /** Puts a node without columns of its own (alliance, family, pool, cluster, a standard's properties). */
    int put(Label label, String id) {
        return open(label).put(id);
    }

    void putOrganization(String id, int kind, String country, String name) {
        NodeTable.Builder t = open(Label.Organization);
        int i = t.put(id);
        t.set(Snapshot.ORG_KIND, i, kind);
        t.set(Snapshot.ORG_COUNTRY, i, Codes.of(country));
        if (name != null && organizationNames == null) {
            organizationNames = (base == null ? Names.EMPTY : base.organizationNames).toBuilder();
        }
        t.set(Snapshot.ORG_NAME, i, name == null ? -1 : organizationNames.add(name));
    }

    void putPatent(String id, String jurisdiction, int type, int status, LocalDate filed, LocalDate granted,
                   LocalDate expires, String family, List<String> numbers) {
        int f = family == null ? -1 : put(Label.Family, family);
        NodeTable.Builder t = open(Label.Patent);
        boolean existed = t.find(id) >= 0 || (table(Label.Patent) != null && table(Label.Patent).find(id) >= 0);
        int i = t.put(id);
        t.set(Snapshot.PATENT_JURISDICTION, i, Codes.of(jurisdiction));
        t.set(Snapshot.PATENT_TYPE, i, type);
        t.set(Snapshot.PATENT_STATUS, i, status);
        t.set(Snapshot.PATENT_FILED, i, Days.of(filed));
        t.set(Snapshot.PATENT_GRANTED, i, Days.of(granted));
        t.set(Snapshot.PATENT_EXPIRES, i, Days.of(expires));
        t.set(Snapshot.PATENT_FAMILY, i, f);
        if (existed) {
            clearAliases(i);
        }
        for (String a : numbers) {
            openAliases();
            aliasOf.set(aliases.add(a), i, -1);
            if (aliasesByPatent != null) {
                aliasesByPatent.computeIfAbsent(i, k -> new ArrayList<>()).add(aliases.find(a));
            }
        }
    }

    void putStandard(String id, List<String> partOf) {
        int s = put(Label.Standard, id);
        EdgeTable.Builder b = edges(Type.PART_OF);
        b.removeAll(true, s);
        for (String parent : partOf) {
            b.add(s, put(Label.Standard, parent));
        }
    }

    /** A pool with its royalty terms (parsed already: once per change, not per question). */
    void putPool(String id, List<RoyaltyTerms> terms) {
        int p = put(Label.Pool, id);
        openPoolTerms().set(p, terms);
    }

    /**
     * A licence with its parties, scope and royalty terms; ids that name no node are left out, as the store's MATCH
     * did.
     */
    void putLicense(String id, int kind, LocalDate granted, LocalDate expires, List<String> territories,
                    boolean sublicensable, boolean affiliates, String grantorOrganization, String grantorPool,
                    List<String> grantees, List<String> patents, List<String> families, List<String> pools,
                    List<String> portfolios, List<RoyaltyTerms> terms) {
        NodeTable.Builder t = open(Label.License);
        int l = t.put(id);
        openLicenseTerms().set(l, terms);
        t.set(Snapshot.LICENSE_KIND, l, kind);
        t.set(Snapshot.LICENSE_GRANTED, l, Days.of(granted));
        t.set(Snapshot.LICENSE_EXPIRES, l, Days.of(expires));
        t.set(Snapshot.LICENSE_TERRITORIES, l, territorySet(territories));
        t.set(Snapshot.LICENSE_SUBLICENSABLE, l, sublicensable ? 1 : 0);
        t.set(Snapshot.LICENSE_AFFILIATES, l, affiliates ? 1 : 0);
        t.set(Snapshot.LICENSE_GRANTOR_ORG, l, find(Label.Organization, grantorOrganization));
        t.set(Snapshot.LICENSE_GRANTOR_POOL, l, find(Label.Pool, grantorPool));
        int[][][] lists = openLicenseLists(l + 1);
        lists[0][l] = resolve(Label.Organization, grantees);
        lists[1][l] = resolve(Label.Patent, patents);
        lists[2][l] = resolve(Label.Family, families);
        lists[3][l] = resolve(Label.Pool, pools);
        lists[4][l] = resolve(Label.Organization, portfolios);
    }

    private int[] resolve(Label label, List<String> ids) {
        return ids.stream().mapToInt(i -> find(label, i)).filter(i -> i >= 0).distinct().toArray();
    }

    /** Removes a node and the relationships it was an end of (its licence lists too, for a licence). */
    void remove(Label label, String id) {
        int i = open(label).remove(id);
        if (i < 0) {
            return;
        }
        for (Type type : Type.values()) {
            if (type.from == label) {
                edges(type).removeAll(true, i);
            }
            if (type.to == label) {
                edges(type).removeAll(false, i);
            }
        }
        switch (label) {
            case Patent -> clearAliases(i);
            case Family -> {
                // its patents lose their family (the relationship went with the family)
                if (base != null) {
                    Adjacency members = base.patentsOfFamily;
                    NodeTable.Builder patents = open(Label.Patent);
                    for (int p = members.begin(i); p < members.end(i); p++) {
                        patents.set(Snapshot.PATENT_FAMILY, members.value(p), -1);
                    }
                }
            }
            case License -> {
                int[][][] lists = openLicenseLists(i + 1);
                for (int[][] list : lists) {
                    list[i] = new int[0];
                }
                openLicenseTerms().set(i, List.of());
            }
            case Pool -> openPoolTerms().set(i, List.of());
            default -> { }
        }
        if (label == Label.Organization || label == Label.Patent || label == Label.Family || label == Label.Pool) {
            removedForLicenses.computeIfAbsent(label, l -> new java.util.BitSet()).set(i);
        }
    }

    /**
     * Takes removed nodes out of every licence's parties and scope, as their relationships went with them in the
     * store (a licence is not itself a change when a node it names is deleted).
     */
    private void dropRemovedFromLicenses() {
        if (removedForLicenses.isEmpty()) {
            return;
        }
        NodeTable.Builder t = open(Label.License);
        int n = t.size();
        int[][][] lists = openLicenseLists(n);
        Label[] labels = {Label.Organization, Label.Patent, Label.Family, Label.Pool, Label.Organization};
        for (int k = 0; k < 5; k++) {
            java.util.BitSet removed = removedForLicenses.get(labels[k]);
            if (removed == null) {
                continue;
            }
            for (int l = 0; l < n; l++) {
                if (lists[k][l] != null && lists[k][l].length > 0) {
                    lists[k][l] = Arrays.stream(lists[k][l]).filter(x -> !removed.get(x)).toArray();
                }
            }
        }
        java.util.BitSet orgs = removedForLicenses.get(Label.Organization);
        java.util.BitSet pools = removedForLicenses.get(Label.Pool);
        NodeTable base = table(Label.License);
        for (int l = 0; l < n; l++) {
            int org = base != null && l < base.size() ? base.get(Snapshot.LICENSE_GRANTOR_ORG, l) : -1;
            int pool = base != null && l < base.size() ? base.get(Snapshot.LICENSE_GRANTOR_POOL, l) : -1;
            if (orgs != null && org >= 0 && orgs.get(org)) {
                t.set(Snapshot.LICENSE_GRANTOR_ORG, l, -1);
            }
            if (pools != null && pool >= 0 && pools.get(pool)) {
                t.set(Snapshot.LICENSE_GRANTOR_POOL, l, -1);
            }
        }
    }

    // ---- relationships

    private EdgeTable edgeTable(Type type) {
        if (base == null) {
            return EdgeTable.empty(type.columns);
        }
        return switch (type) {
            case MEMBER_OF -> base.memberOf;
            case AFFILIATE_OF -> base.affiliateOf;
            case OWNS -> base.owns;
            case DECLARED_ESSENTIAL -> base.declared;
            case IN_POOL -> base.inPool;
            case LICENSOR_OF -> base.licensorOf;
            case BINDS -> base.binds;
            case IN_CLUSTER -> base.inCluster;
            case PART_OF -> base.partOf;
        };
    }

    private EdgeTable.Builder edges(Type type) {
        return edges.computeIfAbsent(type, t -> edgeTable(t).toBuilder());
    }

    /**
     * Puts a relationship between two existing nodes, replacing one with the same ends and key; nothing when an
     * end is missing (it was removed after the relationship was read).
     */
    void putEdge(Type type, String fromId, String toId, int... values) {
        int a = find(type.from, fromId);
        int b = find(type.to, toId);
        if (a < 0 || b < 0) {
            return;
        }
        EdgeTable.Builder t = edges(type);
        if (base != null) {
            t.remove(a, b, type.key, type.key < 0 ? 0 : values[type.key]);
        }
        t.add(a, b, values);
    }

    /** Adds a relationship known to be new (a load from an empty snapshot): no look-up of an old one. */
    void addEdge(Type type, String fromId, String toId, int... values) {
        int a = find(type.from, fromId);
        int b = find(type.to, toId);
        if (a >= 0 && b >= 0) {
            edges(type).add(a, b, values);
        }
    }

    void removeEdge(Type type, String fromId, String toId, int key) {
        int a = find(type.from, fromId);
        int b = find(type.to, toId);
        if (a >= 0 && b >= 0) {
            edges(type).remove(a, b, type.key, key);
        }
    }

    int declarant(String name) {
        if (name == null) {
            return -1;
        }
        if (declarants == null) {
            declarants = (base == null ? Names.EMPTY : base.declarants).toBuilder();
        }
        return declarants.add(name);
    }

    /** The dictionary index of a declaration's version ("" when unknown: the key of the relationship). */
    int version(String version) {
        if (versions == null) {
            versions = (base == null ? Names.EMPTY : base.versions).toBuilder();
        }
        return versions.add(version == null ? "" : version);
    }

    /** The index of a version already known, or -1 (then no relationship has it). */
    int knownVersion(String version) {
        String v = version == null ? "" : version;
        return versions != null ? versions.find(v) : base == null ? -1 : base.versions.find(v);
    }

    // ---- lists of licences, aliases, territory sets

    private int[][][] openLicenseLists(int atLeast) {
        if (licenseLists == null) {
            Adjacency[] from = base == null ? new Adjacency[] {Adjacency.EMPTY, Adjacency.EMPTY, Adjacency.EMPTY,
                    Adjacency.EMPTY, Adjacency.EMPTY} : new Adjacency[] {base.grantees, base.scopePatents,
                    base.scopeFamilies, base.scopePools, base.scopeOrganizations};
            int n = base == null ? 0 : base.licenses.size();
            licenseLists = new int[5][][];
            for (int k = 0; k < 5; k++) {
                licenseLists[k] = new int[Math.max(16, n)][];
                for (int l = 0; l < n; l++) {
                    licenseLists[k][l] = from[k].of(l);
                }
            }
        }
        if (licenseLists[0].length < atLeast) {
            for (int k = 0; k < 5; k++) {
                licenseLists[k] = Arrays.copyOf(licenseLists[k], Math.max(atLeast, licenseLists[k].length * 2));
            }
        }
        return licenseLists;
    }

    private TermsColumn.Builder openPoolTerms() {
        if (poolTerms == null) {
            poolTerms = (base == null ? TermsColumn.EMPTY : base.poolTerms).toBuilder();
        }
        return poolTerms;
    }

    private TermsColumn.Builder openLicenseTerms() {
        if (licenseTerms == null) {
            licenseTerms = (base == null ? TermsColumn.EMPTY : base.licenseTerms).toBuilder();
        }
        return licenseTerms;
    }

    private void openAliases() {
        if (aliases == null) {
            aliases = (base == null ? Names.EMPTY : base.aliases).toBuilder();
            aliasOf = base == null ? new Ints() : Ints.of(base.aliasOf, base.aliasOf.length);
        }
    }

    /** Takes the aliases of an existing patent away (it is being replaced or removed). */
    private void clearAliases(int patent) {
        openAliases();
        if (aliasesByPatent == null) {
            aliasesByPatent = new HashMap<>();
            for (int a = 0; a < aliasOf.size(); a++) {
                if (aliasOf.get(a) >= 0) {
                    aliasesByPatent.computeIfAbsent(aliasOf.get(a), k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Integer> own = aliasesByPatent.remove(patent);
        if (own != null) {
            own.forEach(a -> aliasOf.set(a, -1, -1));
        }
    }

    private int territorySet(List<String> territories) {
        if (territories == null || territories.isEmpty()) {
            return -1;
        }
        if (territorySets == null) {
            territorySets = new ArrayList<>(base == null ? List.of() : base.territorySets);
            territoryIndex = new HashMap<>();
            for (int i = 0; i < territorySets.size(); i++) {
                territoryIndex.put(Arrays.toString(territorySets.get(i)), i);
            }
        }
        int[] codes = territories.stream().mapToInt(Codes::of).filter(c -> c >= 0).sorted().distinct().toArray();
        return territoryIndex.computeIfAbsent(Arrays.toString(codes), k -> {
            territorySets.add(codes);
            return territorySets.size() - 1;
        });
    }

    // ---- the snapshot

    Snapshot build(long version) {
        dropRemovedFromLicenses();
        NodeTable organizations = node(Label.Organization);
        NodeTable alliances = node(Label.Alliance);
        NodeTable families = node(Label.Family);
        NodeTable patents = node(Label.Patent);
        NodeTable standards = node(Label.Standard);
        NodeTable pools = node(Label.Pool);
        NodeTable clusters = node(Label.PoolCluster);
        NodeTable licenses = node(Label.License);
        Map<Label, Integer> sizes = Map.of(Label.Organization, organizations.size(), Label.Alliance,
                alliances.size(), Label.Family, families.size(), Label.Patent, patents.size(), Label.Standard,
                standards.size(), Label.Pool, pools.size(), Label.PoolCluster, clusters.size(), Label.License,
                licenses.size());
        Adjacency[] lists;
        if (licenseLists == null && base != null) {
            lists = new Adjacency[] {base.grantees, base.scopePatents, base.scopeFamilies, base.scopePools,
                    base.scopeOrganizations};
        } else {
            int[][][] open = openLicenseLists(licenses.size());
            lists = new Adjacency[5];
            for (int k = 0; k < 5; k++) {
                lists[k] = lists(open[k], licenses.size());
            }
        }
        return new Snapshot(version, organizations, alliances, families, patents, standards, pools, clusters,
                licenses, edge(Type.MEMBER_OF, sizes), edge(Type.AFFILIATE_OF, sizes), edge(Type.OWNS, sizes),
                edge(Type.DECLARED_ESSENTIAL, sizes), edge(Type.IN_POOL, sizes), edge(Type.LICENSOR_OF, sizes),
                edge(Type.BINDS, sizes), edge(Type.IN_CLUSTER, sizes), edge(Type.PART_OF, sizes),
                lists[0], lists[1], lists[2], lists[3], lists[4],
                aliases != null ? aliases.build() : base == null ? Names.EMPTY : base.aliases,
                aliasOf != null ? aliasOf.toArray() : base == null ? new int[0] : base.aliasOf,
                declarants != null ? declarants.build() : base == null ? Names.EMPTY : base.declarants,
                versions != null ? versions.build() : base == null ? Names.EMPTY : base.versions,
                organizationNames != null ? organizationNames.build()
                        : base == null ? Names.EMPTY : base.organizationNames,
                territorySets != null ? territorySets : base == null ? List.of() : base.territorySets,
                terms(poolTerms, base == null ? null : base.poolTerms),
                terms(licenseTerms, base == null ? null : base.licenseTerms), base);
    }

    /** The terms column: rebuilt when this batch touched it, else the base's shared. */
    private static TermsColumn terms(TermsColumn.Builder changed, TermsColumn base) {
        return changed != null ? changed.build() : base != null ? base : TermsColumn.EMPTY;
    }

    private NodeTable node(Label label) {
        NodeTable.Builder b = nodes.get(label);
        if (b != null) {
            return b.build();
        }
        NodeTable t = table(label);
        return t != null ? t : NodeTable.empty(columns(label));
    }

    private EdgeTable edge(Type type, Map<Label, Integer> sizes) {
        EdgeTable.Builder b = edges.get(type);
        return b != null ? b.build(sizes.get(type.from), sizes.get(type.to)) : edgeTable(type);
    }

    private static Adjacency lists(int[][] perLicense, int n) {
        int total = 0;
        for (int l = 0; l < n; l++) {
            total += perLicense[l] == null ? 0 : perLicense[l].length;
        }
        int[] offsets = new int[n + 1];
        int[] values = new int[total];
        int k = 0;
        for (int l = 0; l < n; l++) {
            offsets[l] = k;
            if (perLicense[l] != null) {
                System.arraycopy(perLicense[l], 0, values, k, perLicense[l].length);
                k += perLicense[l].length;
            }
        }
        offsets[n] = k;
        return new Adjacency(offsets, values);
    }
}
