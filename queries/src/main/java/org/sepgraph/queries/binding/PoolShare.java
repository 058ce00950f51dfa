package org.sepgraph.queries.binding;

import java.util.List;

/**
 * A pool serving a standard: whether it BINDS the standard itself, the members of E it holds on the date
 * ({@code covered}, family rule), {@code share} = covered / |E|, and its licensors by id.
 */
public record PoolShare(String pool, boolean binds, long covered, double share, List<String> licensors) {
    public PoolShare {
        licensors = List.copyOf(licensors);
    }
}
