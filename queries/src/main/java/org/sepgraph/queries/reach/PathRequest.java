package org.sepgraph.queries.reach;

import java.time.LocalDate;
import org.sepgraph.queries.Params;

/** Path(from, to, asOf, maxDepth), checked and defaulted (today, 3); {@code to} is any publication number. */
public record PathRequest(String from, String to, LocalDate asOf, Integer maxDepth) {
    public PathRequest {
        from = Params.id("from", from);
        to = Params.id("to", to);
        asOf = Params.orToday(asOf);
        maxDepth = Params.maxDepth(maxDepth);
    }
}
