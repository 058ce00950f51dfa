package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.summary.Plan;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.binding.BindingQueries;
import org.sepgraph.queries.coverage.CoverageQueries;
import org.sepgraph.queries.reach.ReachQueries;

/**
 * Every question's Cypher starts from an index seek on an id and never scans a whole label or builds a cartesian
 * product (EXPLAIN; the plan shapes are written beside each query). Run with -Dplans=true to print the plans.
 */
class PlanTest {
    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = Fixture.load();
    }

    record Query(String name, String cypher, Map<String, Object> params) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Query> queries() {
        LocalDate d = Fixture.D1;
        List<String> none = List.of();
        return List.of(
                new Query("ESSENTIAL", EssentialSet.ESSENTIAL, Map.of("standard", "STD", "asOf", d, "territories", none)),
                new Query("GROUPS", EssentialSet.GROUPS, Map.of("owners", List.of("alpha", "beta"))),
                new Query("LICENSES", CoverageQueries.LICENSES, Map.of("patents", List.of("EP1"), "families",
                        List.of("F1"), "pools", List.of("pool-one"), "organizations", List.of("alpha"), "asOf", d)),
                new Query("HOLDINGS", ReachQueries.HOLDINGS, Map.of("organizations", List.of("beta"), "asOf", d,
                        "sublicensableOnly", false)),
                new Query("SCOPE", ReachQueries.SCOPE, Map.of("organization", "beta", "licenses", List.of("lic-port"),
                        "asOf", d, "territories", none)),
                new Query("PATENT_RIGHTS", ReachQueries.PATENT_RIGHTS, Map.of("patent", "JP7", "asOf", d,
                        "organization", "iota")),
                new Query("POOLS", BindingQueries.POOLS, Map.of("standard", "STD", "pools", List.of("pool-one"))),
                new Query("STANDARDS", BindingQueries.STANDARDS, Map.of("pool", "pool-one", "asOf", d,
                        "territories", List.of())),
                new Query("RED_FLAGS", BindingQueries.RED_FLAGS, Map.of("pool", "pool-one", "asOf", d)));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void startsFromAnIndexAndNeverScans(Query q) {
        Plan plan = store.read(tx -> tx.run("EXPLAIN " + q.cypher(), q.params()).consume().plan());
        List<String> operators = new ArrayList<>();
        StringBuilder tree = new StringBuilder();
        walk(plan, 0, operators, tree);
        if (Boolean.getBoolean("plans")) {
            System.out.println("== " + q.name() + "\n" + tree);
        }
        assertTrue(operators.stream().anyMatch(o -> o.contains("IndexSeek")), q.name() + " seeks an index:\n" + tree);
        for (String bad : List.of("AllNodesScan", "NodeByLabelScan", "CartesianProduct", "DirectedRelationshipTypeScan",
                "UndirectedRelationshipTypeScan")) {
            assertFalse(operators.stream().anyMatch(o -> o.startsWith(bad)), q.name() + " uses " + bad + ":\n" + tree);
        }
    }

    private static void walk(Plan p, int depth, List<String> operators, StringBuilder tree) {
        String op = p.operatorType().replace("@neo4j", "");
        operators.add(op);
        Object details = p.arguments().get("Details");
        tree.append("  ".repeat(depth)).append(op).append(details == null ? "" : "  " + details).append('\n');
        for (Plan child : p.children()) {
            walk(child, depth + 1, operators, tree);
        }
    }
}
