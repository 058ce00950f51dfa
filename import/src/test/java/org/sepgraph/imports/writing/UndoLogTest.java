package org.sepgraph.imports.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.access.Provenance;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Undoing a batched import's committed transaction puts back what it changed and deletes what it created, but
 * never over what someone wrote since: a person's later value is theirs and stays (DESIGN.md, provenance).
 */
class UndoLogTest {
    static final Origin IMPORT = new Origin(null, "import:undo-test");

    static Organization org(String id, String name) {
        return new Organization(id, name, null, null);
    }

    @Test
    void anUndoKeepsWhatSomeoneWroteAfterTheImport() {
        GraphStore store = TestStore.clean();
        Nodes<Organization> orgs = new Nodes<>(store, NodeKinds.ORGANIZATION);
        orgs.create(org("acme", "Acme"), Origin.system("seed"));
        orgs.create(org("beta", "Beta"), Origin.system("seed"));
        Map<String, NodeRow> before = Map.of("acme", stored(store, "acme"), "beta", stored(store, "beta"));

        // the import's first transaction: two organisations changed, two created, its undo recorded with it
        UndoLog undo = new UndoLog(store, IMPORT.source());
        undo.begin();
        Provenance provenance = Provenance.of(IMPORT, List.of());
        store.write(tx -> {
            orgs.upsert(tx, List.of(provenance.on(NodeKinds.ORGANIZATION.row(org("acme", "Acme Corp"))),
                    provenance.on(NodeKinds.ORGANIZATION.row(org("beta", "Beta Inc")))));
            orgs.create(tx, List.of(NodeKinds.ORGANIZATION.row(org("gamma", "Gamma")),
                    NodeKinds.ORGANIZATION.row(org("delta", "Delta"))), provenance.properties());
            undo.record(tx, 0, List.of(Change.node("organizations", Action.UPDATED, "acme"),
                    Change.node("organizations", Action.UPDATED, "beta"),
                    Change.node("organizations", Action.CREATED, "gamma"),
                    Change.node("organizations", Action.CREATED, "delta")), Set.of(),
                    List.of(UndoLog.Before.node("organizations", "acme", before.get("acme")),
                            UndoLog.Before.node("organizations", "beta", before.get("beta"))), false);
            return null;
        });
        assertEquals("Beta Inc", orgs.require("beta").name());

        // meanwhile a person renames beta and gamma (one the import changed, one it created)
        orgs.replace("beta", org("beta", "Beta (checked)"), Origin.api("k-analyst"));
        orgs.replace("gamma", org("gamma", "Gamma (checked)"), Origin.api("k-analyst"));

        // a later transaction failed: the first is undone
        undo.undo(IMPORT);
        assertEquals("Acme", orgs.require("acme").name());           // put back, every property as it was
        assertEquals(before.get("acme").props(), stored(store, "acme").props());
        assertEquals("Beta (checked)", orgs.require("beta").name()); // the person's, kept
        assertEquals("Gamma (checked)", orgs.require("gamma").name());
        assertTrue(orgs.get("delta").isEmpty());                      // created and untouched: gone
    }

    /** The node as stored, every property (provenance too), as the import's before-image takes it. */
    static NodeRow stored(GraphStore store, String id) {
        Map<String, Object> props = store.read(tx -> tx.run(
                "MATCH (n:Organization {id: $id}) RETURN properties(n) AS p", Map.of("id", id)).single().get("p")
                .asMap());
        return new NodeRow(id, new HashMap<>(props), Map.of());
    }
}
