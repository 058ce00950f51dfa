package org.sepgraph.graph.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.ChangeEntry;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Conflict;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Family;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.OrganizationKind;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.graph.model.UnknownReference;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

class NodesAndEdgesTest {
    static final Origin TEST = new Origin("key-1", "api");

    GraphStore store;
    Nodes<Organization> orgs;
    Nodes<Patent> patents;
    Nodes<Standard> standards;
    Nodes<License> licenses;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
        orgs = new Nodes<>(store, NodeKinds.ORGANIZATION);
        patents = new Nodes<>(store, NodeKinds.PATENT);
        standards = new Nodes<>(store, NodeKinds.STANDARD);
        licenses = new Nodes<>(store, NodeKinds.LICENSE);
    }

    @Test
    void aPatentRoundTripsWithItsFamilyAndAliases() {
        new Nodes<>(store, NodeKinds.FAMILY).create(new Family("F1"));
        Patent p = new Patent("jp 5,781,016 b2", null, PatentType.INVENTION, "Coding", LocalDate.of(2012, 6, 1),
                LocalDate.of(2015, 6, 5), LocalDate.of(2032, 6, 1), PatentStatus.GRANTED, "F1",
                List.of("JP2013251859A"));
        assertEquals("JP5781016B2", p.id());
        assertEquals("JP", p.jurisdiction());
        assertEquals(p, patents.create(p));
        assertEquals(p, patents.require("JP2013251859A"), "found by its other publication number");
        assertEquals(p, patents.require("jp 2013251859 a"), "and by that number as people write it");
        assertEquals(1, patents.list("2013251859", Page.Request.of(0, 10)).total());
    }

    @Test
    void createRefusesDuplicatesAndUnknownReferencesAndWritesNothing() {
        orgs.create(new Organization("acme", "Acme", OrganizationKind.ENTERPRISE, "US"));
        Conflict dup = assertThrows(Conflict.class,
                () -> orgs.create(new Organization("acme", "Other", OrganizationKind.OTHER, null)));
        assertEquals("id", dup.field());
        assertEquals("Acme", orgs.require("acme").name());

        UnknownReference ref = assertThrows(UnknownReference.class, () -> patents.create(new Patent("US1", null,
                null, null, null, null, null, null, "nope", null)));
        assertEquals("family", ref.field());
        assertTrue(patents.get("US1").isEmpty());
    }

    @Test
    void listsPageWithAnExactTotalAndSearch() {
        for (int i = 0; i < 7; i++) {
            orgs.create(new Organization("org-" + i, "Org " + (i % 2 == 0 ? "Even" : "Odd") + i, null, null));
        }
        Page<Organization> page = orgs.list(null, Page.Request.of(1, 3));
        assertEquals(7, page.total());
        assertEquals(List.of("org-3", "org-4", "org-5"), page.items().stream().map(Organization::id).toList());
        assertEquals(3, orgs.list("odd", Page.Request.of(0, 50)).total());
    }

    @Test
    void standardsNestAndReplaceTheirParents() {
        standards.create(new Standard("R15", "3GPP", "Release 15", null));
        standards.create(new Standard("R16", "3GPP", "Release 16", null));
        standards.create(new Standard("TS 38.331", "3GPP", "RRC", List.of("R15")));
        standards.replace("TS 38.331", new Standard("TS 38.331", "3GPP", "RRC", List.of("R16", "R15")), TEST);
        assertEquals(List.of("R15", "R16"), standards.require("TS 38.331").partOf());
        assertThrows(NotFound.class, () -> standards.replace("nope", new Standard("nope", null, null, null), TEST));
    }

    @Test
    void deletingANodeWithDependantsNeedsCascade() {
        orgs.create(new Organization("acme", "Acme", null, null));
        orgs.create(new Organization("beta", "Beta", null, null));
        patents.create(new Patent("US1", null, null, null, null, null, null, null, null, null));
        new Edges<>(store, EdgeKinds.OWNERSHIPS).create(new Ownership("acme", "US1", 1.0));
        licenses.create(new License("L1", LicenseKind.BILATERAL, new License.Grantor("acme", null), List.of("beta"),
                null, null, null, null, false, null, null, new License.Scope(List.of("US1"), null, null, null)));

        ChangeLog log = new ChangeLog(store);
        long before = log.head();
        Conflict refused = assertThrows(Conflict.class, () -> orgs.delete("acme", false, TEST, EdgeKinds.ALL));
        assertEquals(Map.of("GRANTED_BY", 1L, "OWNS", 1L), refused.dependants());
        assertTrue(orgs.get("acme").isPresent());
        assertEquals(before, log.head(), "a refused write takes no version");

        long version = orgs.delete("acme", true, TEST, EdgeKinds.ALL);
        assertEquals(before + 1, version);
        // the entry names the node, the relationship that went with it and the licence it orphaned
        ChangeEntry entry = log.since(before, 10).get(0);
        assertEquals(version, entry.version());
        assertEquals(List.of(Change.node("organizations", Change.Action.DELETED, "acme"),
                Change.edge("ownerships", Change.Action.DELETED, "acme", "US1", ""),
                Change.node("licenses", Change.Action.DELETED, "L1")), entry.changes());
        assertEquals(TEST, entry.origin());
        assertTrue(orgs.get("acme").isEmpty());
        assertTrue(licenses.get("L1").isEmpty(), "a licence loses its meaning with its grantor");
        assertTrue(patents.get("US1").isPresent());
        licenses.list(null, Page.Request.of(0, 10));
        assertThrows(NotFound.class, () -> orgs.delete("acme", true, TEST, EdgeKinds.ALL));
    }

    @Test
    void aLicenceKeepsItsPartiesAndScope() {
        orgs.create(new Organization("acme", "Acme", null, null));
        orgs.create(new Organization("beta", "Beta", null, null));
        orgs.create(new Organization("gamma", "Gamma", null, null));
        new Nodes<>(store, NodeKinds.POOL).create(new Pool("p1", "Pool 1", null, null));
        new Nodes<>(store, NodeKinds.FAMILY).create(new Family("F1"));
        patents.create(new Patent("US1", null, null, null, null, null, null, null, null, null));
        License l = new License("L1", LicenseKind.CROSS, new License.Grantor(null, "p1"), List.of("gamma", "beta"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), List.of("us", "CN"), "video", true, false,
                "1%", new License.Scope(List.of("US1"), List.of("F1"), List.of("p1"), List.of("acme")));
        assertEquals(l, licenses.create(l));
        assertEquals(List.of("beta", "gamma"), licenses.require("L1").grantees());
        assertEquals(List.of("CN", "US"), licenses.require("L1").territories());
    }

    @Test
    void declarationsAreKeyedByVersion() {
        patents.create(new Patent("US1", null, null, null, null, null, null, null, null, null));
        standards.create(new Standard("S", null, null, null));
        Edges<Declaration> decl = new Edges<>(store, EdgeKinds.DECLARATIONS);
        decl.create(new Declaration("US1", "S", "Acme", null, "15.0.0", Assessment.DECLARED, null, null, null));
        decl.create(new Declaration("US1", "S", "Acme", null, null, Assessment.CONFIRMED, null, null, null));
        assertThrows(Conflict.class, () -> decl.create(new Declaration("US1", "S", null, null, "15.0.0", null,
                null, null, null)));
        assertFalse(decl.put(new Declaration("US1", "S", "Acme", null, "15.0.0", Assessment.REJECTED, null, null,
                null), TEST).created());
        Page<Declaration> all = decl.list("US1", null, Page.Request.of(0, 10));
        assertEquals(2, all.total());
        assertEquals(List.of(Assessment.CONFIRMED, Assessment.REJECTED),
                all.items().stream().map(Declaration::assessment).toList());
        long version = decl.delete("US1", "S", "15.0.0", TEST);
        assertEquals(List.of(Change.edge("declarations", Change.Action.DELETED, "US1", "S", "15.0.0")),
                new ChangeLog(store).since(version - 1, 1).get(0).changes());
        assertEquals(1, decl.list(null, "S", Page.Request.of(0, 10)).total());
        assertThrows(NotFound.class, () -> decl.delete("US1", "S", "15.0.0", TEST));
    }
}
