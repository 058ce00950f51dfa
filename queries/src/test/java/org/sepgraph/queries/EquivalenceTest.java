package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.ReachRequest;

/**
 * The engine (what the service answers with) against the independent Cypher reference, answer by answer, whole
 * records compared (counts, rankings, items, chains, paths, errors): on the hand-computed fixture for every
 * standard, organisation, patent and pool under every parameter form, and on the real HEVC list with the ETSI sample.
 */
class EquivalenceTest {
    static final Page.Request ALL = Page.Request.of(0, 1000);
    static final List<LocalDate> DATES = List.of(Fixture.D1, Fixture.D2, LocalDate.parse("2015-06-01"));
    static final List<Set<String>> TERRITORIES = List.of(Set.of(), Set.of("US"), Set.of("DE", "EP"), Set.of("JP"));

    private int compared;

    @Test
    void onTheHandComputedFixtureEveryAnswerIsTheSame() {
        GraphStore store = Fixture.load();
        Ask engine = Ask.engine(store);
        Ask reference = Ask.reference(store);
        List<String> standards = ids(store, "Standard");
        List<String> organizations = ids(store, "Organization");
        List<String> patents = ids(store, "Patent");
        List<String> pools = ids(store, "Pool");
        List<String> licensees = new ArrayList<>(organizations);
        licensees.add(null);
        for (LocalDate d : DATES) {
            for (Unit unit : Unit.values()) {
                for (String s : standards) {
                    for (Set<String> t : TERRITORIES) {
                        for (String licensee : licensees) {
                            CoverageRequest q = new CoverageRequest(s, d, t, licensee, unit, ALL);
                            same("coverage " + q, () -> engine.coverage(q), () -> reference.coverage(q));
                        }
                    }
                    StandardBindingRequest b = new StandardBindingRequest(s, d, unit);
                    same("binding " + b, () -> engine.standard(b), () -> reference.standard(b));
                }
                for (String p : pools) {
                    PoolBindingRequest b = new PoolBindingRequest(p, d, unit);
                    same("pool binding " + b, () -> engine.pool(b), () -> reference.pool(b));
                }
                for (String o : organizations) {
                    for (int depth = 0; depth <= 4; depth++) {
                        for (Set<String> t : TERRITORIES) {
                            ReachRequest q = new ReachRequest(o, d, depth, t, unit, ALL);
                            same("reach " + q, () -> engine.reach(q), () -> reference.reach(q));
                        }
                    }
                }
            }
            for (String x : patents) {
                for (int depth = 0; depth <= 4; depth++) {
                    PractitionersRequest q = new PractitionersRequest(x, d, depth, ALL);
                    same("practitioners " + q, () -> engine.practitioners(q), () -> reference.practitioners(q));
                }
                for (String o : organizations) {
                    PathRequest q = new PathRequest(o, x, d, 3);
                    same("path " + q, () -> engine.path(q), () -> reference.path(q));
                }
            }
        }
        // unknown ids are refused alike
        same("unknown standard", () -> engine.coverage(CoverageRequest.of("NOPE", Fixture.D1)),
                () -> reference.coverage(CoverageRequest.of("NOPE", Fixture.D1)));
        same("unknown path end", () -> engine.path(new PathRequest("nobody", "XX1", Fixture.D1, 3)),
                () -> reference.path(new PathRequest("nobody", "XX1", Fixture.D1, 3)));
        assertTrue(compared > 3500, compared + " answers compared"); // 3,815 on the fixture as it stands
    }

    @Test
    void onTheHevcListAndTheEtsiSampleEveryAnswerIsTheSame() throws IOException {
        GraphStore store = TestStore.clean();
        try (InputStream in = Files.newInputStream(shared("data/hevc-advance-patent-list-2022-02-04.csv"))) {
            new Imports(store).run(ImportFormat.ACCESS_ADVANCE, in, ImportOptions.of(Map.of("pool", "hevc-advance",
                    "standard", "ITU-T H.265")));
        }
        try (InputStream in = Files.newInputStream(Path.of("../import/src/test/resources/etsi-isld-sample.csv"))) {
            new Imports(store).run(ImportFormat.ETSI_ISLD, in, ImportOptions.defaults());
        }
        Ask engine = Ask.engine(store);
        Ask reference = Ask.reference(store);
        List<LocalDate> dates = List.of(LocalDate.parse("2022-02-04"), LocalDate.parse("2030-01-01"));
        for (LocalDate d : dates) {
            for (String s : ids(store, "Standard")) {
                for (Set<String> t : List.of(Set.<String>of(), Set.of("US"), Set.of("CN", "JP", "DE"))) {
                    for (Unit unit : Unit.values()) {
                        CoverageRequest q = new CoverageRequest(s, d, t, null, unit, Page.Request.of(0, 200));
                        same("coverage " + q, () -> engine.coverage(q), () -> reference.coverage(q));
                    }
                }
                CoverageRequest withLicensee = new CoverageRequest(s, d, Set.of(), "samsung", null,
                        Page.Request.of(1, 100));
                same("coverage " + withLicensee, () -> engine.coverage(withLicensee),
                        () -> reference.coverage(withLicensee));
                StandardBindingRequest b = new StandardBindingRequest(s, d, null);
                same("binding " + b, () -> engine.standard(b), () -> reference.standard(b));
            }
            PoolBindingRequest p = new PoolBindingRequest("hevc-advance", d, null);
            same("pool binding", () -> engine.pool(p), () -> reference.pool(p));
            List<String> organizations = ids(store, "Organization");
            for (String o : organizations) {
                ReachRequest q = new ReachRequest(o, d, 3, Set.of(), null, Page.Request.of(0, 100));
                same("reach " + q, () -> engine.reach(q), () -> reference.reach(q));
                // a later, small page: the engine explains only the page's chains
                ReachRequest later = new ReachRequest(o, d, 3, Set.of(), Unit.PATENT, Page.Request.of(3, 7));
                same("reach " + later, () -> engine.reach(later), () -> reference.reach(later));
            }
            List<String> patents = ids(store, "Patent");
            Random random = new Random(20261203L);
            for (int i = 0; i < 150; i++) {
                String x = patents.get(random.nextInt(patents.size()));
                PractitionersRequest q = new PractitionersRequest(x, d, 3, Page.Request.of(0, 100));
                same("practitioners " + q, () -> engine.practitioners(q), () -> reference.practitioners(q));
                PractitionersRequest later = new PractitionersRequest(x, d, 3, Page.Request.of(1, 3));
                same("practitioners " + later, () -> engine.practitioners(later),
                        () -> reference.practitioners(later));
                PathRequest path = new PathRequest(organizations.get(random.nextInt(organizations.size())), x, d, 3);
                same("path " + path, () -> engine.path(path), () -> reference.path(path));
            }
        }
        // an alias finds the same patent both ways
        PathRequest alias = new PathRequest("sharp-corporation", "JP2013251859A", LocalDate.parse("2020-01-01"), 3);
        same("path by alias", () -> engine.path(alias), () -> reference.path(alias));
        assertTrue(compared > 400, compared + " answers compared");
    }

    /** Both answers equal, or both refused with the same class, field and message. */
    private void same(String what, Supplier<Object> engine, Supplier<Object> reference) {
        compared++;
        assertEquals(outcome(reference), outcome(engine), what);
    }

    private static Object outcome(Supplier<Object> answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + " " + (e instanceof org.sepgraph.graph.model.NotFound n
                    ? n.field() : "") + ": " + e.getMessage();
        }
    }

    private static List<String> ids(GraphStore store, String label) {
        return store.query("MATCH (n:" + label + ") RETURN n.id AS id ORDER BY id", Map.of()).stream()
                .map(r -> r.get("id").asString()).toList();
    }

    static Path shared(String file) {
        for (Path base : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("/work/shared"))) {
            Path candidate = base.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the shared folder with " + file + " is not beside this checkout");
    }
}
