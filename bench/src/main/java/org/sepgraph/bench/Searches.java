package org.sepgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.search.TextSearch;

/**
 * The search of patents by text ({@code GET /api/v1/patents?q=&size=10}, the first page the web application shows),
 * with seeded texts people type: a whole number, the same in lower case, its digits without the country (a part in
 * the middle), and a short prefix that matches thousands. Three ways, compared on the total and the page's ids:
 * HTTP; the service's computation without HTTP (the engine's {@link TextSearch}, the titles' index and the page's
 * patents read from the store, as the service does); and a scan of the generated numbers in plain Java (baseline).
 */
final class Searches {
    static final int PAGE = 10;

    /** The key figures of a search's answer. */
    record SearchKey(long total, List<String> ids) {}

    private Searches() {}

    static List<String> pick(Dataset d, long seed, int wholeNumbers) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EA7C4L);
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < wholeNumbers; i++) {
            String id = d.patentId[rnd.nextInt(d.patents())];
            texts.add(id);
            texts.add(id.toLowerCase(Locale.ROOT));
            texts.add(id.replaceAll("^[A-Z]+|[A-Z][0-9]?$", "")); // the digits: US10012345B2 -> 10012345
            texts.add(id.substring(0, Math.min(id.length(), 6))); // a prefix: US1001
        }
        return List.copyOf(texts);
    }

    /** The plain-Java answer: every generated patent whose number contains the text in any case. */
    static SearchKey baseline(Dataset d, String q) {
        String text = q.strip().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (int p = 0; p < d.patents(); p++) {
            if (d.patentId[p].toLowerCase(Locale.ROOT).contains(text)) {
                found.add(d.patentId[p]);
            }
        }
        found.sort(null);
        return new SearchKey(found.size(), List.copyOf(found.subList(0, Math.min(PAGE, found.size()))));
    }

    static String path(String q) {
        return "/api/v1/patents?q=" + Http.enc(q) + "&size=" + PAGE;
    }

    static SearchKey http(Http http, String q) {
        JsonNode page = http.json(path(q), false);
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return new SearchKey(page.get("total").asLong(), ids);
    }

    /** What the service computes for the search, here: the engine, the titles' index, the page read back. */
    static SearchKey engine(Snapshot snapshot, GraphStore store, String q) {
        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        String text = TextSearch.text(q);
        TextSearch.Hits hits = TextSearch.patents(snapshot, text, patents.patentsTitled(text),
                new Page.Request(0, PAGE));
        return new SearchKey(hits.total(), patents.byIds(hits.ids()).stream().map(Patent::id).toList());
    }
}
