package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.OrganizationKind;

/** The embedded store keeps its data in its directory: what was written is there after a restart. */
class PersistenceTest {
    @Test
    void dataSurvivesARestartOfTheEmbeddedStore() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-");
        Organization acme = new Organization("acme", "Acme Corp", OrganizationKind.ENTERPRISE, "CN");
        try (GraphStore first = GraphStore.open(StoreSettings.embedded(dir))) {
            assertTrue(first.isEmbedded());
            new Nodes<>(first, NodeKinds.ORGANIZATION).create(acme);
        }
        try (GraphStore second = GraphStore.open(StoreSettings.embedded(dir))) {
            assertEquals(acme, new Nodes<>(second, NodeKinds.ORGANIZATION).require("acme"));
        }
    }
}
