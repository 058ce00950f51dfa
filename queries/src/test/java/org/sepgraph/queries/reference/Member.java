package org.sepgraph.queries.reference;

import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * One thing an answer counts against an essential set: a family with its patents in that set, or a single patent
 * (a patent without a family, or any patent when the unit is PATENT). {@code kind} says which.
 */
public record Member(String id, Unit kind, List<String> patents) {
    public Member {
        patents = List.copyOf(patents);
    }
}
