package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepgraph.queries.Fixture.ALL;
import static org.sepgraph.queries.Fixture.D1;
import static org.sepgraph.queries.Fixture.D2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageItem;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachRequest;

/**
 * Reach, Practitioners and Coverage with a licensee count every item but explain only those of the page asked for:
 * every page of every small size (the first, later ones, one past the end) must equal the Cypher reference's page,
 * and the pages in turn must make up the whole list with the whole answer's counts. The fixture's ties (LICENSED
 * over POOL, the smallest licence id, the smallest owner id) fall on pages of size 1 to 3 at every position.
 */
class PagedAnswersTest {
    private static final List<Integer> SIZES = List.of(1, 2, 3);
    private static Ask engine;
    private static Ask reference;
    private static GraphStore store;
    private int compared;

    @BeforeAll
    static void load() {
        store = Fixture.load();
        engine = Ask.engine(store);
        reference = Ask.reference(store);
    }

    @Test
    void reachPagesAreTheReferencesAndMakeUpTheWhole() {
        for (String o : ids("Organization")) {
            for (var d : List.of(D1, D2)) {
                for (int depth : List.of(1, 3)) {
                    for (Unit unit : Unit.values()) {
                        Reach whole = engine.reach(new ReachRequest(o, d, depth, Set.of(), unit, ALL));
                        assertEquals(reference.reach(new ReachRequest(o, d, depth, Set.of(), unit, ALL)), whole);
                        for (int size : SIZES) {
                            List<Chain> items = pages(whole.items().total(), size, page -> {
                                ReachRequest q = new ReachRequest(o, d, depth, Set.of(), unit, page);
                                Reach r = engine.reach(q);
                                same(q, reference.reach(q), r);
                                same(q, counts(whole), counts(r));
                                return r.items();
                            });
                            assertEquals(whole.items().items(), items, o + " " + d + " pages of " + size);
                        }
                    }
                }
            }
        }
        assertTrue(compared > 500, compared + " pages compared");
    }

    @Test
    void practitionerPagesAreTheReferencesAndMakeUpTheWhole() {
        for (String x : ids("Patent")) {
            for (var d : List.of(D1, D2)) {
                for (int depth : List.of(1, 3)) {
                    Practitioners whole = engine.practitioners(new PractitionersRequest(x, d, depth, ALL));
                    for (int size : SIZES) {
                        List<Chain> items = pages(whole.items().total(), size, page -> {
                            PractitionersRequest q = new PractitionersRequest(x, d, depth, page);
                            Practitioners p = engine.practitioners(q);
                            same(q, reference.practitioners(q), p);
                            return p.items();
                        });
                        assertEquals(whole.items().items(), items, x + " " + d + " pages of " + size);
                    }
                }
            }
        }
        assertTrue(compared > 100, compared + " pages compared");
    }

    @Test
    void coveragePagesWithALicenseeAreTheReferencesAndMakeUpTheWhole() {
        for (String s : ids("Standard")) {
            for (String licensee : ids("Organization")) {
                for (Unit unit : Unit.values()) {
                    Coverage whole = engine.coverage(new CoverageRequest(s, D1, Set.of(), licensee, unit, ALL));
                    for (int size : SIZES) {
                        // one request pages both lists: as many pages as the longer needs
                        long longer = Math.max(whole.coveredItems().total(), whole.uncoveredItems().total());
                        List<CoverageItem> covered = new ArrayList<>();
                        List<CoverageItem> uncovered = new ArrayList<>();
                        for (int page = 0; page <= (longer + size - 1) / size; page++) {
                            CoverageRequest q = new CoverageRequest(s, D1, Set.of(), licensee, unit,
                                    Page.Request.of(page, size));
                            Coverage c = engine.coverage(q);
                            same(q, reference.coverage(q), c);
                            assertEquals(whole.coveredItems().total(), c.coveredItems().total());
                            assertEquals(whole.uncoveredItems().total(), c.uncoveredItems().total());
                            covered.addAll(c.coveredItems().items());
                            uncovered.addAll(c.uncoveredItems().items());
                        }
                        assertEquals(whole.coveredItems().items(), covered, s + " " + licensee + " covered");
                        assertEquals(whole.uncoveredItems().items(), uncovered, s + " " + licensee + " uncovered");
                    }
                }
            }
        }
        assertTrue(compared > 100, compared + " pages compared");
    }

    /** Every page of {@code size} up to one past the last, asked in turn; their items in order. */
    private static <T> List<T> pages(long total, int size, Function<Page.Request, Page<T>> ask) {
        List<T> all = new ArrayList<>();
        long last = (total + size - 1) / size; // the first page past the end: empty, with the same total
        for (int page = 0; page <= last; page++) {
            Page<T> p = ask.apply(Page.Request.of(page, size));
            assertEquals(total, p.total());
            all.addAll(p.items());
        }
        return all;
    }

    private static Map<String, Object> counts(Reach r) {
        return Map.of("reached", r.reached(), "unknownExpiry", r.unknownExpiry(), "byRoute", r.byRoute(),
                "byOwner", r.byOwner());
    }

    private void same(Object question, Object expected, Object actual) {
        compared++;
        assertEquals(expected, actual, String.valueOf(question));
    }

    private static List<String> ids(String label) {
        return store.query("MATCH (n:" + label + ") RETURN n.id AS id ORDER BY id", Map.of()).stream()
                .map(r -> r.get("id").asString()).toList();
    }
}
