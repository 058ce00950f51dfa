package org.sepgraph.queries;

import java.util.List;
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
}
