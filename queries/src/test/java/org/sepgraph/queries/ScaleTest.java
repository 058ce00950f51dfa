package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.queries.binding.BindingQueries;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQueries;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachQueries;
import org.sepgraph.queries.reach.ReachRequest;

/**
 * The speed aim of issue #3 (a standard with 50,000 essential patents, an organisation with 10,000 licences), on a
 * generated graph whose answers are known by construction. Opt-in, it takes a while to build:
 * {@code mvn -o -pl queries test -Dtest=ScaleTest -Dscale=50000}.
 */
class ScaleTest {
    @Test
    void aBigStandardAndABusyLicensee() {
        int n = Integer.getInteger("scale", 0);
        assumeTrue(n >= 1000, "set -Dscale=50000 to run");
        int licences = n / 5; // 10,000 for 50,000 patents
        GraphStore store = TestStore.clean();
        long t0 = System.nanoTime();
        TestStore.run(store, """
                UNWIND range(0, 499) AS i
                CREATE (:Organization {id: 'org-' + i, name: 'Org ' + i, kind: 'ENTERPRISE'});
                CREATE (:Organization {id: 'licensee', name: 'Licensee', kind: 'ENTERPRISE'});
                CREATE (s:Standard {id: 'BIG'})
                WITH s
                UNWIND range(0, 9) AS k
                CREATE (:Standard {id: 'BIG-' + k})-[:PART_OF]->(s);
                UNWIND range(0, 3) AS k
                MATCH (s:Standard {id: 'BIG'})
                CREATE (:Pool {id: 'pool-' + k})-[:BINDS]->(s);
                """);
        // patents: family of two (i, i+1), owner org-(i % 500), declared to BIG-(i % 10); pool-(i % 4) holds 80 %
        store.write(tx -> tx.run("""
                UNWIND range(0, $n - 1) AS i
                CALL (i) {
                  MATCH (o:Organization {id: 'org-' + (i % 500)}), (s:Standard {id: 'BIG-' + (i % 10)})
                  MERGE (f:Family {id: 'F' + (i / 2)})
                  CREATE (p:Patent {id: 'P' + i, jurisdiction: CASE WHEN i % 2 = 0 THEN 'US' ELSE 'EP' END,
                                    status: 'GRANTED', filed: date('2010-01-01'), expires: date('2040-01-01')})
                  CREATE (p)-[:IN_FAMILY]->(f), (o)-[:OWNS]->(p),
                         (p)-[:DECLARED_ESSENTIAL {assessment: 'DECLARED', version: ''}]->(s)
                  WITH p
                  WHERE i % 5 <> 4
                  MATCH (pool:Pool {id: 'pool-' + (i % 4)})
                  CREATE (p)-[:IN_POOL {since: date('2015-01-01')}]->(pool)
                } IN TRANSACTIONS OF 5000 ROWS
                """.replace("} IN TRANSACTIONS OF 5000 ROWS", "}"), Map.of("n", n)).consume());
        // licences to the licensee: licence j granted by org-(j % 500) over its patent P(j * 5 % n) (those not in
        // a pool: i % 5 = 4 iff j*5 % n ... every P(5j) has i % 5 = 0, so take P(5j + 4), owned by org-((5j+4) % 500))
        store.write(tx -> tx.run("""
                UNWIND range(0, $licences - 1) AS j
                MATCH (p:Patent {id: 'P' + (5 * j + 4)})<-[:OWNS]-(o:Organization)
                MATCH (e:Organization {id: 'licensee'})
                CREATE (l:License {id: 'L' + j, kind: 'BILATERAL', granted: date('2016-01-01'), sublicensable: false})
                CREATE (l)-[:GRANTED_BY]->(o), (l)-[:GRANTED_TO]->(e), (l)-[:COVERS]->(p)
                """, Map.of("licences", licences)).consume());
        // 2,000 identical pool licences from pool-0 to other organisations
        store.write(tx -> tx.run("""
                UNWIND range(0, 1999) AS j
                MATCH (pool:Pool {id: 'pool-0'}), (e:Organization {id: 'org-' + (j % 500)})
                CREATE (l:License {id: 'PL' + j, kind: 'POOL', granted: date('2016-01-01')})
                CREATE (l)-[:GRANTED_BY]->(pool), (l)-[:GRANTED_TO]->(e), (l)-[:COVERS]->(pool)
                """).consume());
        System.out.printf("build %d patents, %d licences: %d ms%n", n, licences, (System.nanoTime() - t0) / 1_000_000);
        LocalDate d = LocalDate.parse("2020-06-01");

        for (int round = 0; round < 2; round++) {
            long q = System.nanoTime();
            EssentialSet e = store.read(tx -> EssentialSet.load(tx, "BIG", d, Set.of()));
            System.out.printf("essential set query: %d ms%n", (System.nanoTime() - q) / 1_000_000);
            q = System.nanoTime();
            java.util.Set<String> fams = new java.util.TreeSet<>();
            e.patents().forEach(x -> fams.add(x.family()));
            int rows = store.read(tx -> tx.run(CoverageQueries.LICENSES, Map.of("patents",
                    e.patents().stream().map(EssentialSet.Essential::patent).toList(), "families", List.copyOf(fams),
                    "pools", List.of("pool-0", "pool-1", "pool-2", "pool-3"), "organizations", List.of(), "asOf", d))
                    .list().size());
            System.out.printf("licences query: %d ms, %d rows%n", (System.nanoTime() - q) / 1_000_000, rows);
            long t = System.nanoTime();
            Coverage c = new CoverageQueries(store).coverage(new CoverageRequest("BIG", d, Set.of(), null, Unit.PATENT, Page.Request.of(0, 50)));
            System.out.printf("coverage PATENT: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            // every patent is in a pool or (i % 5 = 4, i < 5 * licences) licensed by its owner
            assertEquals(n, c.essential());
            assertEquals(n, c.covered());

            t = System.nanoTime();
            Coverage f = new CoverageQueries(store).coverage(new CoverageRequest("BIG", d, Set.of(), null, Unit.FAMILY, Page.Request.of(0, 50)));
            System.out.printf("coverage FAMILY: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            assertEquals(n / 2, f.essential());

            t = System.nanoTime();
            Coverage l = new CoverageQueries(store).coverage(new CoverageRequest("BIG", d, Set.of(), "licensee", Unit.PATENT, Page.Request.of(0, 50)));
            System.out.printf("coverage licensee: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            assertEquals(licences, l.covered());

            t = System.nanoTime();
            Reach r = new ReachQueries(store).reach(new ReachRequest("licensee", d, 3, Set.of(), Unit.PATENT, Page.Request.of(0, 50)));
            System.out.printf("reach: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            assertEquals(licences, r.reached());

            t = System.nanoTime();
            StandardBinding b = new BindingQueries(store).standard(new StandardBindingRequest("BIG", d, Unit.FAMILY));
            System.out.printf("binding: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            assertEquals(4, b.pools().size());

            t = System.nanoTime();
            int practitioners = (int) new ReachQueries(store).practitioners(new PractitionersRequest("P0", d, 3, Page.Request.of(0, 50))).items().total();
            System.out.printf("practitioners of a pool patent: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            assertEquals(500, practitioners); // the 500 organisations holding pool-0 licences, org-0 (its owner) among them
        }
    }
}
