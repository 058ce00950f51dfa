package org.sepgraph.imports.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did not do, or did besides the file's own facts, to respect what people and earlier lists set:
 * fields kept because a person set them through the API, pool contents closed because a newer list no longer names
 * them, patents renamed to their grant number. Listed up to a limit; the rest counted.
 */
public record Curation(List<Kept> kept, long moreKept, List<Closed> closed, long moreClosed, List<Renamed> renamed) {
    public static final Curation NONE = new Curation(List.of(), 0, List.of(), 0, List.of());

    public Curation {
        kept = List.copyOf(kept);
        closed = List.copyOf(closed);
        renamed = List.copyOf(renamed);
    }

    /** A field of a node or relationship the file would have changed, kept as a person set it. */
    public record Kept(String kind, String id, String field, String reason) {}

    /** A patent a pool no longer holds after the list's date: its membership now ends the day before. */
    public record Closed(String pool, String patent, LocalDate until) {}

    /** A patent stored under another of its numbers, renamed to the number the file names it by. */
    public record Renamed(String from, String to) {}

    /** Collects a curation during an import. */
    public static final class Builder {
        private final int max;
        private final List<Kept> kept = new ArrayList<>();
        private final List<Closed> closed = new ArrayList<>();
        private final List<Renamed> renamed = new ArrayList<>();
        private long moreKept;
        private long moreClosed;

        public Builder(int max) {
            this.max = max;
        }

        public void kept(String kind, String id, String field, String reason) {
            if (kept.size() < max) {
                kept.add(new Kept(kind, id, field, reason));
            } else {
                moreKept++;
            }
        }

        public void closed(String pool, String patent, LocalDate until) {
            if (closed.size() < max) {
                closed.add(new Closed(pool, patent, until));
            } else {
                moreClosed++;
            }
        }

        public void renamed(String from, String to) {
            renamed.add(new Renamed(from, to));
        }

        /** Adds what {@code other} collected (a part of the same import), within this builder's limit. */
        public void addAll(Builder other) {
            other.kept.forEach(k -> kept(k.kind(), k.id(), k.field(), k.reason()));
            moreKept += other.moreKept;
            other.closed.forEach(c -> closed(c.pool(), c.patent(), c.until()));
            moreClosed += other.moreClosed;
            renamed.addAll(other.renamed);
        }

        public Curation build() {
            return new Curation(kept, moreKept, closed, moreClosed, renamed);
        }
    }
}
