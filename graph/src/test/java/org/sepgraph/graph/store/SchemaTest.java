package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(before.containsAll(Schema.names()), "every declared constraint and index exists: " + before);
    }

    @Test
    void everyIdentityKeyIsUnique() {
        GraphStore store = TestStore.clean();
        for (String label : List.of("Organization", "Alliance", "Patent", "Family", "Standard", "Pool",
                "PoolCluster", "License")) {
            store.write(tx -> tx.run("CREATE (:" + label + " {id: 'x'})").consume());
            assertThrows(ClientException.class,
                    () -> store.write(tx -> tx.run("CREATE (:" + label + " {id: 'x'})").consume()), label);
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
