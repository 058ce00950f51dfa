package org.sepgraph.graph.changes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One committed write: its version (the change log's sequence number), when and by whom, and what it changed.
 * {@code reset} entries changed too much to list (a store emptied, an initial load): a follower reloads.
 */
public record ChangeEntry(long version, OffsetDateTime at, Origin origin, List<Change> changes, boolean reset) {
    public ChangeEntry {
        changes = List.copyOf(changes);
    }
}
