package org.sepgraph.queries.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.engine.Snapshot;

/**
 * The search of patents by text ({@code GET /api/v1/patents?q=}) answered from the engine: a patent matches when its
 * id, another of its publication numbers or its title contains the text, in any case. Numbers are matched in the
 * engine's dictionaries of ids and aliases (one pass over their bytes, no read of the store); titles are not held
 * in memory, so the caller finds them through the store's {@code patent_titles} index and passes their ids. The
 * answer is one page of ids in id order, and the exact total.
 */
public final class PatentSearch {
    private PatentSearch() {}

    /** One page of matching ids in id order, and how many patents match in all. */
    public record Hits(List<String> ids, long total) {}

    /**
     * The text the patents are compared with: {@code q} trimmed, in lower case; null when blank or not ASCII (no
     * publication number contains such a text, and only the store can compare it with titles).
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
    public static Hits page(Snapshot snapshot, String text, Collection<String> titled, Page.Request page) {
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
        long total = numbered.cardinality() + (long) others.size();
        long wanted = Math.min(total, page.skip() + page.size());
        if (page.skip() >= total) {
            return new Hits(List.of(), total);
        }
        // the first `wanted` ids: a heap whose head is the greatest kept
        PriorityQueue<String> first = new PriorityQueue<>((int) Math.min(wanted, 1 << 16) + 1,
                Comparator.reverseOrder());
        for (int p = numbered.nextSetBit(0); p >= 0; p = numbered.nextSetBit(p + 1)) {
            offer(first, snapshot.patents().id(p), wanted);
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
