package org.sepgraph.imports.run;

import java.util.List;

/**
 * What an import did (or, inside {@link ImportRefused}, why it did nothing).
 *
 * @param format        the format id ({@code access-advance}, {@code etsi-isld}, {@code bundle})
 * @param rowsRead      data rows read (CSV records after the header; bundle array elements)
 * @param nodes         nodes created, updated and left unchanged, over all kinds
 * @param relationships relationships created, updated and left unchanged, over all kinds (a patent's family and a
 *                      standard's parents are part of the node and count there)
 * @param byKind        the same per collection of the bundle vocabulary ({@code patents}, {@code ownerships}, ...)
 * @param warnings      lines that were read with a caveat (first {@code maxIssues})
 * @param moreWarnings  warnings beyond those listed
 * @param errors        bad lines (first {@code maxIssues}); non-empty only in a refused import
 * @param moreErrors    bad lines beyond those listed
 * @param seconds       wall-clock time of the whole import
 * @param version       the version of the store the import created (its change log entry); 0 when it wrote nothing
 * @param id            the import's id in the list of past imports ({@code GET /api/v1/imports/{id}}), or null
 * @param curation      what the import kept as people set it, closed in pools, renamed
 */
public record ImportReport(String format, long rowsRead, Counts nodes, Counts relationships, List<KindCounts> byKind,
                           List<Issue> warnings, long moreWarnings, List<Issue> errors, long moreErrors,
                           double seconds, long version, String id, Curation curation) {
    public ImportReport {
        byKind = List.copyOf(byKind);
        warnings = List.copyOf(warnings);
        curation = curation == null ? Curation.NONE : curation;
        errors = List.copyOf(errors);
    }

    /** The same report, known as import {@code importId}. */
    public ImportReport withId(String importId) {
        return new ImportReport(format, rowsRead, nodes, relationships, byKind, warnings, moreWarnings, errors,
                moreErrors, seconds, version, importId, curation);
    }

    /** True when the import wrote nothing because nothing differed from the store. */
    public boolean allUnchanged() {
        return nodes.created() + nodes.updated() + relationships.created() + relationships.updated() == 0;
    }

    public record Counts(long created, long updated, long unchanged) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(created + o.created, updated + o.updated, unchanged + o.unchanged);
        }

        public long total() {
            return created + updated + unchanged;
        }
    }

    /** Counts of one collection ({@code patents}, {@code declarations}, ...). */
    public record KindCounts(String kind, Counts counts) {}

    /**
     * One line with a problem.
     *
     * @param line    the 1-based line of the file where the row starts (for a bundle, where the element starts)
     * @param field   the column (CSV) or JSON path ({@code $.patents[3].family}) at fault, or null for the whole row
     * @param message what is wrong, for a person
     */
    public record Issue(long line, String field, String message) {
        public String describe() {
            return "line " + line + (field == null ? "" : " (" + field + ")") + ": " + message;
        }
    }
}
