package org.sepgraph.queries.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * What the engine reads after each write (the keys a change names) seeks the id indexes and never scans a label:
 * a write must cost the followers O(what it changed), not O(the graph).
 */
class ReaderPlanTest {
    @Test
    void readingChangedKeysSeeksAndNeverScans() {
        GraphStore store = TestStore.clean();
        Map<String, Object> params = Map.of("ids", List.of("x"),
                "rows", List.of(Map.of("from", "a", "to", "b", "key", "")));
        for (String statement : GraphReader.keyedStatements()) {
            List<String> leaves = leaves(store.read(tx -> tx.run("EXPLAIN " + statement, params).consume()
                    .plan()));
            // every row starts from the list of keys and a unique seek of an id (a product of two one-row seeks is fine)
            assertTrue(leaves.stream().allMatch(o -> o.startsWith("NodeUniqueIndexSeek") || o.startsWith("Argument")
                    || o.startsWith("Unwind")),
                    statement + "\n" + leaves);
        }
    }

    private static List<String> leaves(Plan plan) {
        List<String> out = new ArrayList<>();
        if (plan.children().isEmpty()) {
            out.add(plan.operatorType());
        }
        plan.children().forEach(c -> out.addAll(leaves(c)));
        return out;
    }
}
