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
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.queries.engine.Engine;

/**
 * The engine's search of patents answers what reading every patent answers: the patents whose id, title or another
 * publication number contains the text, in any case, ordered by id, the exact total, any page — on hand-made numbers,
 * on seeded random ones, after a delete and after writes the engine followed.
 */
class PatentSearchTest {
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
            String text = PatentSearch.text(q);
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
            PatentSearch.Hits all = PatentSearch.page(engine.current(), text, titled, new Page.Request(0, 1000));
            assertEquals(expected, all.ids(), "q=" + q);
            assertEquals(expected.size(), all.total(), "total of q=" + q);
            PatentSearch.Hits second = PatentSearch.page(engine.current(), text, titled, new Page.Request(1, 3));
            assertEquals(expected.subList(Math.min(3, expected.size()), Math.min(6, expected.size())), second.ids(),
                    "second page of 3 of q=" + q);
            assertEquals(expected.size(), second.total());
        }
    }

    @Test
    void aBlankTextOrOneInAnotherScriptIsLeftToTheStore() {
        assertNull(PatentSearch.text(null));
        assertNull(PatentSearch.text("  "));
        assertNull(PatentSearch.text("映像"));
        assertNull(PatentSearch.text("Décodage"));
        assertEquals("us10000433", PatentSearch.text(" US10000433 "));
    }

    private static Patent patent(String id, String title, String... aliases) {
        return new Patent(id, null, null, title, null, null, null, PatentStatus.GRANTED, null, List.of(aliases));
    }
}
