package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class SchemaTest {
    @Test
    void applyingTheSchemaAgainChangesNothing() {
        GraphStore store = TestStore.clean();
        Set<String> before = schemaNames(store);
        Schema.apply(store);
        Schema.apply(store);
        assertEquals(before, schemaNames(store));
        assertTrue(before.containsAll(Schema.constraintNames()), "every declared constraint exists: " + before);
        assertTrue(before.containsAll(Schema.indexNames()), "every declared index exists: " + before);
    }

    @Test
    void anIndexOfAnEarlierVersionThatOnlyCostWritesIsDropped() {
        GraphStore store = TestStore.clean();
        store.write(tx -> tx.run("CREATE INDEX patent_expires IF NOT EXISTS FOR (n:Patent) ON (n.expires)").consume());
        assertTrue(schemaNames(store).contains("patent_expires"));
        Schema.apply(store);
        assertFalse(schemaNames(store).contains("patent_expires"), "retired at start");
    }

    @Test
    void everyIdentityKeyIsUnique() {
        GraphStore store = TestStore.clean();
        for (String label : List.of("Organization", "Alliance", "Patent", "Family", "Standard", "Pool",
                "PoolCluster", "License")) {
            store.write(tx -> tx.run("CREATE (:" + label + " {id: 'x'})").consume());
            // the store's refusal, a conflict, with Neo4j's constraint violation as its cause
            StoreRefused refused = assertThrows(StoreRefused.class,
                    () -> store.write(tx -> tx.run("CREATE (:" + label + " {id: 'x'})").consume()), label);
            assertEquals(StoreRefused.Reason.CONFLICT, refused.reason(), label);
            assertTrue(refused.getCause() instanceof ClientException, label);
        }
    }

    private static Set<String> schemaNames(GraphStore store) {
        Set<String> names = store.query("SHOW CONSTRAINTS YIELD name RETURN name", java.util.Map.of()).stream()
                .map(r -> r.get("name").asString()).collect(Collectors.toSet());
        names.addAll(store.query("SHOW INDEXES YIELD name RETURN name", java.util.Map.of()).stream()
                .map(r -> r.get("name").asString()).collect(Collectors.toSet()));
        return names;
    }
}
