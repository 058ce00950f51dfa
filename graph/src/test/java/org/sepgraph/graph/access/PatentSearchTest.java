package org.sepgraph.graph.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * The search of patents ({@code q}) answers from the full-text indexes, and answers exactly what reading every patent
 * answers: a patent whose id, title or another publication number contains the text, in any case.
 */
class PatentSearchTest {
    static final List<Patent> PATENTS = List.of(
            patent("jp 5,781,016 b2", "Image coding apparatus and method", "JP2013251859 A", "WO2013/001234 A1"),
            patent("US10000433B2", "Video encoding with MPEG-H parts", "US2016/0100433 A1"),
            patent("DK-EP2903273", "Décodage vidéo (h.265)"),
            patent("EP2903273B1", "Video decoding, H.265 profile"),
            patent("KR10-2002751B1", "映像 符号化", "KR20170001234A"),
            patent("CN110020978B", null));

    static final List<String> QUERIES = List.of("US10000433B2", "us10000433b2", "10000433", "US1000", "jp5781016b2",
            "JP2013251859A", "jp2013251859", "wo2013/001234", "2013", "DK-EP", "-EP29", "EP2903273", "kr10-20", "B2",
            "video", "VIDEO ENC", "o enc", "mpeg-h", "h.265", "265 pro", "coding", "codage", "Décodage", "映像", "符号化",
            "ding, h", "zzz", "*", "\"", "a+b", "(", "1", "CN110020978B", "and");

    @Test
    void theIndexedSearchAnswersWhatAScanAnswers() {
        GraphStore store = TestStore.clean();
        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        PATENTS.forEach(patents::create);
        List<Patent> stored = patents.list(null, new Page.Request(0, 100)).items();
        assertEquals(PATENTS.size(), stored.size());
        for (String q : QUERIES) {
            String text = q.strip().toLowerCase();
            List<String> expected = stored.stream()
                    .filter(p -> p.id().toLowerCase().contains(text)
                            || (p.title() != null && p.title().toLowerCase().contains(text))
                            || p.aliases().stream().anyMatch(a -> a.toLowerCase().contains(text)))
                    .map(Patent::id).sorted().toList();
            Page<Patent> page = patents.list(q, new Page.Request(0, 100));
            assertEquals(expected, page.items().stream().map(Patent::id).toList(), "q=" + q);
            assertEquals(expected.size(), page.total(), "total of q=" + q);
        }
        // a page of the answer is that page of the sorted ids
        Page<Patent> second = patents.list("2", new Page.Request(1, 2));
        assertEquals(patents.list("2", new Page.Request(0, 100)).items().subList(2, 4), second.items());
    }

    @Test
    void aSearchOfPatentsSeeksTheFullTextIndexesAndScansNothing() {
        GraphStore store = TestStore.clean();
        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        for (String q : List.of("US10000433B2", "video enc", "2013")) {
            String text = q.toLowerCase(Locale.ROOT);
            Map<String, Object> params = Map.of("q", text, "numbers", Nodes.numberQuery(text), "words",
                    Nodes.titleWords(text), "skip", 0L, "limit", 10L);
            for (String statement : patents.searchStatements(q)) {
                List<String> operators = operators(store.read(tx -> tx.run("EXPLAIN " + statement, params).consume().plan()));
                assertFalse(operators.stream().anyMatch(o -> o.contains("Scan")), q + ": " + operators);
                assertTrue(operators.stream().anyMatch(o -> o.contains("ProcedureCall")), q + ": " + operators);
            }
        }
    }

    @Test
    void theQueriesOfTheIndexesEscapeLucenesSyntax() {
        assertEquals("*WO2013\\/001234*", Nodes.numberQuery("wo2013/001234"));
        assertEquals("*DK\\-EP*", Nodes.numberQuery("dk-ep"));
        assertEquals("*A\\ \\+\\ B*", Nodes.numberQuery("a + b"));
        assertEquals("+*o* +*enc*", Nodes.titleWords("o enc"));
        assertEquals("+*h* +*265*", Nodes.titleWords("h.265"));
        assertEquals(null, Nodes.titleWords("映像"));
        assertEquals(null, Nodes.titleWords("-+-"));
    }

    private static Patent patent(String id, String title, String... aliases) {
        return new Patent(id, null, PatentType.INVENTION, title, null, null, null, PatentStatus.GRANTED, null, List.of(aliases));
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.operatorType());
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }
}
