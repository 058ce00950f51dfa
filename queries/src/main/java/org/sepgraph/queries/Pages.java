package org.sepgraph.queries;

import java.util.List;
import java.util.function.Function;
import org.sepgraph.graph.model.Page;

/** Paging of lists the questions have already ordered. */
public final class Pages {
    private Pages() {}

    /** One page of {@code all}, with its exact total. Cost: O(page size). */
    public static <T> Page<T> of(List<T> all, Page.Request request) {
        Page.Request p = request == null ? Page.Request.of(null, null) : request;
        long from = Math.min(p.skip(), all.size());
        long to = Math.min(from + p.size(), all.size());
        return new Page<>(all.subList((int) from, (int) to), all.size(), p.page(), p.size());
    }

    /**
     * One page of {@code all}, each of its items turned into what the answer shows by {@code shown}: only the page's
     * items pay for it (a reach's chains, for thousands of patents, when 50 are shown).
     */
    public static <T, R> Page<R> of(List<T> all, Page.Request request, Function<T, R> shown) {
        Page<T> page = of(all, request);
        return new Page<>(page.items().stream().map(shown).toList(), page.total(), page.page(), page.size());
    }
}
