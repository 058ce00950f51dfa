package org.sepgraph.graph.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** Every look-up by id seeks an index: none scans a label (a patent by alias was once a scan of every patent). */
class LookupPlanTest {
    @Test
    void everyKindIsFoundByItsIdThroughAnIndex() {
        GraphStore store = TestStore.clean();
        for (NodeKind<?> kind : NodeKinds.ALL) {
            Nodes<?> nodes = new Nodes<>(store, kind);
            Map<String, Object> params = kind == NodeKinds.PATENT ? Nodes.patentNumber("id", "EP1") : Map.of("id", "x");
            List<String> operators = operators(store.read(tx -> tx.run("EXPLAIN " + nodes.lookupStatement(), params)
                    .consume().plan()));
            assertFalse(operators.stream().anyMatch(o -> o.contains("Scan")), kind + ": " + operators);
            assertTrue(operators.stream().anyMatch(o -> o.contains("NodeUniqueIndexSeek")
                    || o.contains("ProcedureCall")), kind + " seeks an index: " + operators);
        }
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.operatorType());
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }
}
