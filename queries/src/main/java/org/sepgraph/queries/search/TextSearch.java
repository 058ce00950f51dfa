package org.sepgraph.queries.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.engine.Snapshot;

/**
 * The search of a collection by text ({@code GET /api/v1/patents?q=}, organisations, licences) answered from the
 * engine's dictionaries instead of reading every node: a patent matches when its id, another of its publication
 * numbers or its title contains the text, in any case; an organisation its id or name; a licence its id. Titles are
 * not held in memory, so the caller finds them through the store's {@code patent_titles} index and passes their ids.
 * The answer is one page of ids in id order, and the exact total; the caller reads that page from the store.
 */
public final class TextSearch {
    private TextSearch() {}

    /** One page of matching ids in id order, and how many patents match in all. */
    public record Hits(List<String> ids, long total) {}

    /**
     * The text the nodes are compared with: {@code q} trimmed, in lower case; null when blank or not ASCII (no
     * number or id contains such a text, and only the store compares it with titles and names in other scripts).
     */
    public static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip().toLowerCase(Locale.ROOT);
        return text.chars().allMatch(c -> c < 128) ? text : null;
    }

    /**
     * The page {@code page} of the patents whose number contains {@code text} (see {@link #text}) or whose id is in
     * {@code titled}, ordered by id. Only the page's ids are ever sorted: the rest are counted.
     */
    public static Hits patents(Snapshot snapshot, String text, Collection<String> titled, Page.Request page) {
        BitSet numbered = snapshot.patentsNumbered(text);
        // titles the store found for patents the engine does not hold yet (a write it has not applied) count too
        TreeSet<String> others = new TreeSet<>();
        for (String id : titled) {
            int p = snapshot.patents().find(id);
            if (p >= 0) {
                numbered.set(p);
            } else {
                others.add(id);
            }
        }
        return page(numbered, snapshot.patents()::id, others, page);
    }

    /** The organisations whose id or name contains {@code text} (see {@link #text}), ordered by id. */
    public static Hits organizations(Snapshot snapshot, String text, Page.Request page) {
        return page(snapshot.organizationsNamed(text), snapshot.organizations()::id, new TreeSet<>(), page);
    }

    /** The licences whose id contains {@code text} (see {@link #text}), ordered by id. */
    public static Hits licenses(Snapshot snapshot, String text, Page.Request page) {
        return page(snapshot.licensesNamed(text), snapshot.licenses()::id, new TreeSet<>(), page);
    }

    /** The page of {@code matched} (node indexes) and {@code others} (ids), by id; only the page's ids are sorted. */
    private static Hits page(BitSet matched, IntFunction<String> idOf, TreeSet<String> others, Page.Request page) {
        long total = matched.cardinality() + (long) others.size();
        long wanted = Math.min(total, page.skip() + page.size());
        if (page.skip() >= total) {
            return new Hits(List.of(), total);
        }
        // the first `wanted` ids: a heap whose head is the greatest kept
        PriorityQueue<String> first = new PriorityQueue<>((int) Math.min(wanted, 1 << 16) + 1,
                Comparator.reverseOrder());
        for (int p = matched.nextSetBit(0); p >= 0; p = matched.nextSetBit(p + 1)) {
            offer(first, idOf.apply(p), wanted);
        }
        others.forEach(id -> offer(first, id, wanted));
        List<String> sorted = new ArrayList<>(first);
        sorted.sort(null);
        return new Hits(List.copyOf(sorted.subList((int) page.skip(), sorted.size())), total);
    }

    private static void offer(PriorityQueue<String> first, String id, long wanted) {
        if (first.size() < wanted) {
            first.add(id);
        } else if (id.compareTo(first.peek()) < 0) {
            first.poll();
            first.add(id);
        }
    }
}
