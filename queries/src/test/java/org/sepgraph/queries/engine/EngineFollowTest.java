package org.sepgraph.queries.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Affiliation;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.queries.Ask;
import org.sepgraph.queries.Fixture;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.reach.ReachRequest;

/**
 * An engine that follows the change log answers exactly as one loaded afresh, and as the Cypher reference, after
 * every kind of write: creates, replaces that move a patent between families or change a licence's territories,
 * new affiliations (groups merge), relationship writes and deletes, cascade deletes of organisations, families,
 * patents and pools (whose relationships go with them without being listed), standards re-parented, an import,
 * and royalty terms set and taken away.
 */
class EngineFollowTest {
    static final Origin TEST = Origin.system("test");
    static final Page.Request ALL = Page.Request.of(0, 1000);

    @Test
    void aFollowingEngineAnswersLikeAFreshOneAfterEveryKindOfWrite() {
        GraphStore store = Fixture.load();
        Engine followed = new Engine(store);
        followed.load();
        Nodes<Organization> organizations = new Nodes<>(store, NodeKinds.ORGANIZATION);
        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        Nodes<License> licenses = new Nodes<>(store, NodeKinds.LICENSE);
        Nodes<Standard> standards = new Nodes<>(store, NodeKinds.STANDARD);
        Nodes<Pool> pools = new Nodes<>(store, NodeKinds.POOL);
        List<Runnable> writes = List.of(
                () -> organizations.create(new Organization("omega", "Omega", null, "SE"), TEST),
                () -> patents.create(new Patent("US99", "US", null, null, LocalDate.parse("2015-01-01"), null,
                        LocalDate.parse("2035-01-01"), PatentStatus.GRANTED, "F2", List.of("US2015099A1")), TEST),
                () -> new Edges<>(store, EdgeKinds.OWNERSHIPS).create(new Ownership("omega", "US99", null), TEST),
                () -> new Edges<>(store, EdgeKinds.DECLARATIONS).create(new Declaration("US99", "STD-B", "Omega",
                        null, "1.0", Assessment.DECLARED, null, null, null), TEST),
                () -> new Edges<>(store, EdgeKinds.POOL_PATENTS).create(new PoolPatent("pool-three", "US99",
                        LocalDate.parse("2020-01-01"), null), TEST),
                () -> licenses.create(new License("lic-omega", LicenseKind.BILATERAL,
                        new License.Grantor("omega", null), List.of("beta"), LocalDate.parse("2019-01-01"), null,
                        null, null, true, null, null, List.of(LUMP_SUM),
                        new License.Scope(List.of("US99"), null, null, null)), TEST),
                // royalty terms given to two pools, then taken from one (pool-two is deleted at the end)
                () -> pools.replace("pool-one", withTerms(pools.require("pool-one"), List.of(EARLY, LATE)), TEST),
                () -> pools.replace("pool-two", withTerms(pools.require("pool-two"), List.of(LATE)), TEST),
                () -> pools.replace("pool-one", withTerms(pools.require("pool-one"), List.of()), TEST),
                // a patent moves into a family and gains an alias
                () -> patents.replace("US3", new Patent("US3", "US", null, null, LocalDate.parse("2019-01-01"),
                        null, LocalDate.parse("2039-01-01"), PatentStatus.GRANTED, "F2", List.of("US2019003A1")),
                        TEST),
                // a licence narrowed to territories and to the grantee itself
                () -> licenses.replace("lic-port", new License("lic-port", LicenseKind.BILATERAL,
                        new License.Grantor("alpha", null), List.of("beta"), LocalDate.parse("2016-01-01"),
                        LocalDate.parse("2026-12-31"), List.of("FR", "DE"), null, false, false, null,
                        new License.Scope(null, null, null, List.of("alpha"))), TEST),
                // two corporate groups merge
                () -> new Edges<>(store, EdgeKinds.AFFILIATIONS).create(new Affiliation("zeta", "eta"), TEST),
                () -> new Edges<>(store, EdgeKinds.DECLARATIONS).delete("US5", "STD-A", "", TEST),
                () -> new Edges<>(store, EdgeKinds.POOL_PATENTS).put(new PoolPatent("pool-two", "US10",
                        LocalDate.parse("2020-01-01"), LocalDate.parse("2023-01-01")), TEST),
                // cascades: relationships and orphaned licences go with the node
                () -> organizations.delete("theta", true, TEST, EdgeKinds.ALL),
                () -> new Nodes<>(store, NodeKinds.FAMILY).delete("F1", true, TEST, EdgeKinds.ALL),
                () -> patents.delete("JP7", true, TEST, EdgeKinds.ALL),
                () -> standards.replace("STD-B", new Standard("STD-B", "ETSI", "Part B", List.of()), TEST),
                () -> standards.replace("STD-A1", new Standard("STD-A1", "ETSI", "Part A.1", List.of("STD-B")),
                        TEST),
                () -> new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream("""
                        {"format": "sepgraph-bundle", "version": 1,
                         "organizations": [{"id": "sigma", "name": "Sigma"}],
                         "licenses": [{"id": "lic-sigma", "grantor": {"pool": "pool-one"}, "grantees": ["sigma"],
                                       "granted": "2019-01-01", "scope": {"pools": ["pool-one"]}}]}"""
                        .getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults()),
                () -> new Nodes<>(store, NodeKinds.POOL).delete("pool-two", true, TEST, EdgeKinds.ALL));
        int step = 0;
        for (Runnable write : writes) {
            write.run();
            step++;
            long version = followed.storeVersion();
            followed.catchUp();
            assertEquals(version, followed.current().version(), "caught up to the store after write " + step);
            Engine fresh = new Engine(store);
            fresh.load();
            compare("after write " + step, followed.current(), fresh.current(), Ask.reference(store), store);
        }
        assertTrue(followed.loads() == 1, "followed every write without loading again: " + followed.loads());
    }

    /**
     * An import written in several transactions: a following engine leaves its transactions for later until the
     * last one, so its answers never show the import half written; asked for a version within it (a caller's
     * minVersion), it applies up to there; once whole, it answers as a fresh engine and the reference do.
     */
    @Test
    void aBatchedImportIsFollowedWhenWhole() throws java.io.IOException {
        GraphStore store = Fixture.load();
        Engine followed = new Engine(store);
        followed.load();
        long before = followed.current().version();
        List<long[]> seen = new ArrayList<>(); // {store version, followed version} while the import writes
        long[] forced = {0};
        org.sepgraph.imports.run.ProgressListener watch = p -> {
            if (p.phase() != org.sepgraph.imports.run.ProgressListener.Phase.WRITE) {
                return;
            }
            long stored = followed.storeVersion();
            if (forced[0] == 0 && stored >= before + 3) {
                // a version within it, asked for: applied up to there (the import shows in part, as asked)
                forced[0] = followed.atLeast(before + 2, java.time.Duration.ofSeconds(5)).version();
            }
            followed.catchUp();
            seen.add(new long[] {stored, followed.current().version(), forced[0]});
        };
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../import/src/test/resources/etsi-isld-sample.csv"));
        var report = new Imports(store).run(ImportFormat.ETSI_ISLD, new ByteArrayInputStream(sample),
                ImportOptions.defaults().withTransactionSize(10), watch, TEST);
        assertTrue(report.version() > before + 3, "written in several transactions: " + report.version());
        assertTrue(forced[0] >= before + 2 && forced[0] < report.version(), "forced to " + forced[0]);
        for (long[] v : seen) {
            // before it was asked for a version within the import, the follower stayed before the import; after,
            // where it was taken, until the import was whole
            assertEquals(v[2] == 0 ? before : v[2], v[1], "store at " + v[0] + ", asked for " + v[2]);
        }
        followed.catchUp();
        assertEquals(report.version(), followed.current().version());
        Engine fresh = new Engine(store);
        fresh.load();
        compare("after a batched import", followed.current(), fresh.current(), Ask.reference(store), store);
    }

    /**
     * Which entries a follower takes while an import is being written, decided by the store's time (which stamped the
     * entries), not this instance's clock: an import's partial entries wait until it is whole, or until it has
     * written nothing for a minute by the store's clock; a version asked for is taken whatever it is.
     */
    @Test
    void anImportStillBeingWrittenWaitsUntilWholeOrStalledByTheStoresClock() {
        java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2026-12-04T10:00:00Z");
        ChangeLog.Header crud = new ChangeLog.Header(1, t, "crud", false, false, 1);
        ChangeLog.Header first = new ChangeLog.Header(2, t.plusSeconds(1), "import:a", false, true, 100);
        ChangeLog.Header second = new ChangeLog.Header(3, t.plusSeconds(20), "import:a", false, true, 100);
        List<ChangeLog.Header> writing = List.of(crud, first, second);
        // the import wrote 10 s ago by the store's clock: its entries wait
        assertEquals(List.of(crud), Engine.wholeImports(writing, 3, 0, t.plusSeconds(30)));
        // a version within it was asked for: taken up to there, and what follows it waits
        assertEquals(List.of(crud, first), Engine.wholeImports(writing, 3, 2, t.plusSeconds(30)));
        // nothing written for over a minute by the store's clock: taken as it stands (its writer may be gone)
        assertEquals(writing, Engine.wholeImports(writing, 3, 0, t.plusSeconds(20).plus(Engine.STALLED).plusSeconds(1)));
        // its last entry is in: whole, taken at once
        ChangeLog.Header last = new ChangeLog.Header(4, t.plusSeconds(25), "import:a", false, false, 10);
        List<ChangeLog.Header> whole = List.of(crud, first, second, last);
        assertEquals(whole, Engine.wholeImports(whole, 4, 0, t.plusSeconds(26)));
        // entries after the settled head are left for the next round
        assertEquals(List.of(crud, first, second), Engine.wholeImports(whole, 3, 3, t.plusSeconds(26)));
    }

    static final RoyaltyTerms EARLY = new RoyaltyTerms("USD", null, LocalDate.parse("2020-12-31"),
            List.of(new RoyaltyTerms.Rate("mobile", List.of("US"), new BigDecimal("0.40")),
                    new RoyaltyTerms.Rate(null, null, new BigDecimal("0.80"))), null, new BigDecimal("25000000"), null);
    static final RoyaltyTerms LATE = new RoyaltyTerms("USD", LocalDate.parse("2021-01-01"), null,
            List.of(new RoyaltyTerms.Rate(null, null, new BigDecimal("0.20"))), 100_000L, null, null);
    static final RoyaltyTerms LUMP_SUM = new RoyaltyTerms("EUR", null, null, null, null, null, new BigDecimal("2000000"));

    private static Pool withTerms(Pool p, List<RoyaltyTerms> terms) {
        return new Pool(p.id(), p.name(), p.administrator(), p.policy(), terms);
    }

    private static void compare(String when, Snapshot followed, Snapshot fresh, Ask reference, GraphStore store) {
        List<String> standards = ids(store, "Standard");
        List<String> organizations = ids(store, "Organization");
        List<String> patents = ids(store, "Patent");
        List<String> pools = ids(store, "Pool");
        // royalty terms: as the store holds them, in the followed engine and in a fresh one
        for (String p : pools) {
            List<RoyaltyTerms> stored = new Nodes<>(store, NodeKinds.POOL).require(p).royaltyTerms();
            assertEquals(stored, fresh.poolTerms(fresh.pools().find(p)), when + ", loaded afresh: terms of " + p);
            assertEquals(stored, followed.poolTerms(followed.pools().find(p)), when + ", followed: terms of " + p);
        }
        for (String l : ids(store, "License")) {
            List<RoyaltyTerms> stored = new Nodes<>(store, NodeKinds.LICENSE).require(l).royaltyTerms();
            assertEquals(stored, fresh.licenseTerms(fresh.licenses().find(l)), when + ", loaded afresh: terms of " + l);
            assertEquals(stored, followed.licenseTerms(followed.licenses().find(l)), when + ", followed: terms of " + l);
        }
        for (LocalDate d : List.of(Fixture.D1, Fixture.D2)) {
            for (String s : standards) {
                for (Unit unit : Unit.values()) {
                    CoverageRequest q = new CoverageRequest(s, d, Set.of(), null, unit, ALL);
                    same(when, q, () -> CoverageQuestion.coverage(followed, q), () -> CoverageQuestion.coverage(fresh, q),
                            () -> reference.coverage(q));
                    CoverageRequest l = new CoverageRequest(s, d, Set.of("US"), "beta", unit, ALL);
                    same(when, l, () -> CoverageQuestion.coverage(followed, l), () -> CoverageQuestion.coverage(fresh, l),
                            () -> reference.coverage(l));
                }
                StandardBindingRequest b = new StandardBindingRequest(s, d, null);
                same(when, b, () -> BindingQuestion.standard(followed, b), () -> BindingQuestion.standard(fresh, b),
                        () -> reference.standard(b));
            }
            for (String p : pools) {
                PoolBindingRequest b = new PoolBindingRequest(p, d, null);
                same(when, b, () -> BindingQuestion.pool(followed, b), () -> BindingQuestion.pool(fresh, b),
                        () -> reference.pool(b));
            }
            for (String o : organizations) {
                ReachRequest q = new ReachRequest(o, d, 3, Set.of(), Unit.PATENT, ALL);
                same(when, q, () -> ReachQuestion.reach(followed, q), () -> ReachQuestion.reach(fresh, q),
                        () -> reference.reach(q));
            }
            for (String x : patents) {
                PractitionersRequest q = new PractitionersRequest(x, d, 3, ALL);
                same(when, q, () -> ReachQuestion.practitioners(followed, q),
                        () -> ReachQuestion.practitioners(fresh, q), () -> reference.practitioners(q));
            }
        }
    }

    private static void same(String when, Object request, Supplier<Object> followed, Supplier<Object> fresh,
                             Supplier<Object> reference) {
        Object expected = outcome(reference);
        assertEquals(expected, outcome(fresh), when + ", loaded afresh: " + request);
        assertEquals(expected, outcome(followed), when + ", followed: " + request);
    }

    private static Object outcome(Supplier<Object> answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static List<String> ids(GraphStore store, String label) {
        return new ArrayList<>(store.query("MATCH (n:" + label + ") RETURN n.id AS id ORDER BY id", Map.of())
                .stream().map(r -> r.get("id").asString()).toList());
    }
}
