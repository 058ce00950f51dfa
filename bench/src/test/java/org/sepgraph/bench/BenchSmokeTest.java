package org.sepgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;

/**
 * The CI smoke run of issue 5: a reduced small tier, generated in-process and imported through the bundle importer
 * in the bundles {@code run.sh} posts; the engine (loaded from the store, as the service and {@code run.sh} load it)
 * and the Cypher reference must give the in-memory baseline's key figures for every target of every question. Not a
 * timing test.
 */
class BenchSmokeTest {
    static final LocalDate AS_OF = Bench.AS_OF;

    @Test
    void directAgreesWithTheInMemoryBaselineOnEveryTarget() {
        Tier tier = Tier.SMALL.scaled("smoke", Double.parseDouble(System.getProperty("smoke.scale", "0.3")));
        Dataset d = Generator.generate(tier, 20250630L);
        System.out.println(d.summary());
        GraphStore store = TestStore.clean();
        long t0 = System.nanoTime();
        for (BundleWriter.Chunk chunk : java.util.List.of(new BundleWriter(d, 20_000).whole())) {
            long c0 = System.nanoTime();
            ImportReport report = new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream(chunk.bytes()),
                    ImportOptions.defaults());
            assertTrue(report.errors().isEmpty(), chunk.name() + ": " + report.errors());
            System.out.printf("  %s: %.1f s%n", chunk.name(), (System.nanoTime() - c0) / 1e9);
        }
        System.out.printf("imported in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(d.patents(), store.query("MATCH (p:Patent) RETURN count(p) AS n", java.util.Map.of())
                .get(0).get("n").asLong());

        Baseline baseline = new Baseline(d);
        Direct direct = new Direct(store);
        InMemory engine = new InMemory(store);
        Targets targets = Targets.pick(d, baseline, 20250630L, AS_OF, 6, 10, 20);
        Agreement agreement = new Agreement();
        int found = 0;
        for (String s : targets.standards()) {
            agreement.check("coverage", s, "cypher", direct.coverageKey(s, AS_OF), "engine",
                    engine.coverageKey(s, AS_OF), "baseline", baseline.coverage(s, AS_OF));
            agreement.check("binding", s, "cypher", direct.bindingKey(s, AS_OF), "engine",
                    engine.bindingKey(s, AS_OF), "baseline", baseline.binding(s, AS_OF));
        }
        for (String o : targets.organizations()) {
            agreement.check("reach", o, "cypher", direct.reachKey(o, AS_OF), "engine", engine.reachKey(o, AS_OF),
                    "baseline", baseline.reach(o, AS_OF, 3));
        }
        for (Targets.Path p : targets.paths()) {
            Keys.PathKey b = baseline.path(p.organization(), p.patent(), AS_OF, 3);
            found += b.found() ? 1 : 0;
            agreement.check("path", p.organization() + "->" + p.patent(), "cypher",
                    direct.pathKey(p.organization(), p.patent(), AS_OF), "engine",
                    engine.pathKey(p.organization(), p.patent(), AS_OF), "baseline", b);
        }
        for (String q : Searches.pick(d, 20250630L, 5)) {
            Searches.SearchKey expected = Searches.baseline(d, q);
            agreement.check("search", q, "engine", Searches.engine(engine.snapshot(), store, q), "baseline",
                    expected);
            assertTrue(expected.total() > 0, "every picked text finds a patent: " + q);
        }
        for (String s : targets.standards()) {
            System.out.println("  " + s + ": " + baseline.coverage(s, AS_OF).toString().replaceAll("(.{300}).*", "$1…"));
        }
        for (String o : targets.organizations()) {
            System.out.println("  " + o + ": " + baseline.reach(o, AS_OF, 3).toString().replaceAll("(.{200}).*", "$1…"));
        }
        agreement.disagreements().forEach(System.out::println);
        System.out.printf("%d targets checked, %d of %d paths exist%n", agreement.checked(), found,
                targets.paths().size());
        assertTrue(found > 0 && found < targets.paths().size(), "paths should mix found and not found");
        assertTrue(agreement.ok(), agreement.disagreements().size() + " disagreements:\n"
                + String.join("\n", agreement.disagreements()));
    }
}
