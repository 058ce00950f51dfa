package org.sepgraph.queries.landscape;

import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * A member of E (a family, or a patent: {@code kind}) outside the pools or outside the alliances, with
 * {@code patents}: those of its patents in E that put it there (held by no pool; owned by no one in an alliance).
 */
public record OutsideMember(String id, Unit kind, List<String> patents) {
    public OutsideMember {
        patents = List.copyOf(patents);
    }
}
