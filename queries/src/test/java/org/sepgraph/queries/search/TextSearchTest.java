package org.sepgraph.queries.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.queries.engine.Engine;

/**
 * The engine's search answers what reading every node answers: the patents whose id, title or another publication
 * number contains the text, the organisations whose id or name does, the licences whose id does, in any case, ordered
 * by id, the exact total, any page — on hand-made values, on seeded random ones, after a delete and after writes the
 * engine followed.
 */
class TextSearchTest {
    static final Origin TEST = Origin.system("test");

    @Test
    void theEngineFindsWhatAScanOfThePatentsFinds() {
        GraphStore store = TestStore.clean();
        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        List.of(patent("jp 5,781,016 b2", "Image coding apparatus and method", "JP2013251859 A", "WO2013/001234 A1"),
                patent("US10000433B2", "Video encoding with MPEG-H parts", "US2016/0100433 A1"),
                patent("DK-EP2903273", "Décodage vidéo (h.265)"),
                patent("EP2903273B1", "Video decoding, H.265 profile"),
                patent("CN110020978B", null),
                patent("US9999999B2", "Gone before the engine loaded", "US2010/0000001 A1"))
                .forEach(p -> patents.create(p, TEST));
        Random random = new Random(20261203);
        String[] countries = {"US", "EP", "CN", "JP", "KR"};
        for (int i = 0; i < 300; i++) {
            String c = countries[random.nextInt(countries.length)];
            String id = c + (1_000_000 + random.nextInt(9_000_000)) + (random.nextBoolean() ? "B2" : "A1");
            if (patents.get(id).isPresent()) {
                continue;
            }
            List<String> aliases = random.nextInt(3) == 0 ? List.of(c + "20" + (10 + random.nextInt(15))
                    + (100_000 + random.nextInt(900_000)) + "A") : List.of();
            patents.create(new Patent(id, c, null, random.nextInt(4) == 0 ? "Coding unit " + i : null, null, null,
                    null, PatentStatus.GRANTED, null, aliases), TEST);
        }
        patents.delete("US9999999B2", true, TEST, EdgeKinds.ALL);
        Engine engine = new Engine(store);
        engine.load();
        // written after the load: the engine has to follow them
        patents.create(patent("US2020123456A1", "Late arrival: coding"), TEST);
        patents.delete("EP2903273B1", true, TEST, EdgeKinds.ALL);
        engine.catchUpTo(engine.storeVersion());

        List<Patent> stored = patents.list(null, new Page.Request(0, 1000)).items();
        List<String> queries = new ArrayList<>(List.of("US10000433B2", "us10000433b2", "10000433", "US1000",
                "jp5781016b2", "JP2013251859A", "jp2013251859", "wo2013/001234", "2013", "DK-EP", "-EP29",
                "EP2903273", "B2", "a1", "video", "VIDEO ENC", "o enc", "mpeg-h", "h.265", "coding", "ding, h",
                "zzz", "*", "\"", "a+b", "(", "1", "CN110020978B", "and", "US9999999", "us2010/0000001", "late",
                " us202012 ", "0"));
        for (int i = 0; i < 30; i++) {
            String id = stored.get(random.nextInt(stored.size())).id();
            int from = random.nextInt(id.length() - 2);
            queries.add(id.substring(from, from + 1 + random.nextInt(Math.min(6, id.length() - from - 1))));
        }
        for (String q : queries) {
            String text = TextSearch.text(q);
            List<String> expected = stored.stream()
                    .filter(p -> p.id().toLowerCase(Locale.ROOT).contains(text)
                            || (p.title() != null && p.title().toLowerCase(Locale.ROOT).contains(text))
                            || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(text)))
                    .map(Patent::id).sorted().toList();
            List<String> titled = patents.patentsTitled(text);
            if (titled == null) {
                // no letter or digit to look up in the titles' index: the service reads the patents (graph's test)
                assertEquals(false, text.matches(".*[a-z0-9].*"), "q=" + q);
                continue;
            }
            TextSearch.Hits all = TextSearch.patents(engine.current(), text, titled, new Page.Request(0, 1000));
            assertEquals(expected, all.ids(), "q=" + q);
            assertEquals(expected.size(), all.total(), "total of q=" + q);
            TextSearch.Hits second = TextSearch.patents(engine.current(), text, titled, new Page.Request(1, 3));
            assertEquals(expected.subList(Math.min(3, expected.size()), Math.min(6, expected.size())), second.ids(),
                    "second page of 3 of q=" + q);
            assertEquals(expected.size(), second.total());
        }
    }

    @Test
    void organisationsByIdOrNameAndLicencesById() {
        GraphStore store = TestStore.clean();
        Nodes<Organization> organizations = new Nodes<>(store, NodeKinds.ORGANIZATION);
        Nodes<License> licenses = new Nodes<>(store, NodeKinds.LICENSE);
        List.of(new Organization("kestrel", "Kestrel Video Labs", null, "US"),
                new Organization("societe-generale-video", "Société Générale de Vidéo", null, "FR"),
                new Organization("huawei", "華為 Technologies", null, "CN"),
                new Organization("plain", "P", null, null),
                new Organization("ETRI", "Electronics and Telecommunications Research Institute", null, "KR"),
                new Organization("gone", "Gone Labs", null, "DE"))
                .forEach(o -> organizations.create(o, TEST));
        Random random = new Random(20261203);
        for (int i = 0; i < 200; i++) {
            organizations.create(new Organization("org-" + (1000 + i), random.nextBoolean() ? "Maker " + i + " Ltd"
                    : "ORG " + random.nextInt(50), null, null), TEST);
        }
        for (String id : List.of("LIC-0001", "lic-kestrel-2020", "POOL-AVS3-std", "x")) {
            licenses.create(new License(id, LicenseKind.BILATERAL, new License.Grantor("kestrel", null),
                    List.of("huawei"), null, null, null, null, null, null, null, null, null), TEST);
        }
        organizations.delete("gone", true, TEST, EdgeKinds.ALL);
        Engine engine = new Engine(store);
        engine.load();
        organizations.create(new Organization("late", "Late Video Corp", null, null), TEST);
        licenses.create(new License("LIC-LATE", LicenseKind.BILATERAL, new License.Grantor("late", null),
                List.of("kestrel"), null, null, null, null, null, null, null, null, null), TEST);
        engine.catchUpTo(engine.storeVersion());

        List<Organization> storedOrgs = organizations.list(null, new Page.Request(0, 1000)).items();
        List<License> storedLicenses = licenses.list(null, new Page.Request(0, 1000)).items();
        for (String q : List.of("kestrel", "KESTREL", "video", "vid", "labs", "ltd", "maker 1", "org-10", "1",
                "e", "ti", "technologies", "de", "g", "lic", "LIC-00", "avs3", "-", "late", "gone", "zzz", " x ")) {
            String text = TextSearch.text(q);
            List<String> orgs = storedOrgs.stream().filter(o -> o.id().toLowerCase(Locale.ROOT).contains(text)
                    || (o.name() != null && o.name().toLowerCase(Locale.ROOT).contains(text)))
                    .map(Organization::id).sorted().toList();
            TextSearch.Hits foundOrgs = TextSearch.organizations(engine.current(), text, new Page.Request(0, 1000));
            assertEquals(orgs, foundOrgs.ids(), "organisations, q=" + q);
            assertEquals(orgs.size(), foundOrgs.total(), "organisations' total, q=" + q);
            assertEquals(orgs.subList(Math.min(2, orgs.size()), Math.min(4, orgs.size())),
                    TextSearch.organizations(engine.current(), text, new Page.Request(1, 2)).ids(), "page 1, q=" + q);
            List<String> lics = storedLicenses.stream().map(License::id)
                    .filter(id -> id.toLowerCase(Locale.ROOT).contains(text)).sorted().toList();
            TextSearch.Hits foundLicenses = TextSearch.licenses(engine.current(), text, new Page.Request(0, 1000));
            assertEquals(lics, foundLicenses.ids(), "licences, q=" + q);
            assertEquals(lics.size(), foundLicenses.total(), "licences' total, q=" + q);
        }
    }

    @Test
    void aBlankTextOrOneInAnotherScriptIsLeftToTheStore() {
        assertNull(TextSearch.text(null));
        assertNull(TextSearch.text("  "));
        assertNull(TextSearch.text("映像"));
        assertNull(TextSearch.text("Décodage"));
        assertEquals("us10000433", TextSearch.text(" US10000433 "));
    }

    private static Patent patent(String id, String title, String... aliases) {
        return new Patent(id, null, null, title, null, null, null, PatentStatus.GRANTED, null, List.of(aliases));
    }
}
