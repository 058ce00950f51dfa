package org.sepgraph.imports.writing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * What an import wrote a relationship from, kept on it as {@value #PROPERTY}: a digest of the merge rule and the
 * file's value (its ends and properties). Every merge rule is idempotent ({@code merge(merge(s, v), v) ==
 * merge(s, v)}), so a relationship still carrying the fingerprint of the value a file states now holds what
 * merging that value again would give: the compare answers "unchanged" from the fingerprint alone, without
 * reading and merging the stored value. Any other write replaces the relationship's properties whole ({@code SET
 * r = row.props}: CRUD, a pool list's closing, an undo restores its own), which drops the fingerprint, so such a
 * relationship is compared in full again. A write that kept a field a person set stores none either.
 *
 * <p>The rule is the format and, for a pool list, its dates (a list's entry merges by the list's date). The
 * digest is the first 64 bits of SHA-256 over a length-prefixed encoding: two different values share one with odds
 * of about one in 10^19.
 */
final class Fingerprints {
    /** The relationship property the fingerprint is kept in; kinds never read it, so payloads never carry it. */
    static final String PROPERTY = "_fingerprint";
    /** Raised whenever a merge rule in {@code Merges} changes meaning: fingerprints written before then no longer match. */
    private static final String RULES = "merges-1";

    private final byte[] rule;
    private final MessageDigest sha256;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    Fingerprints(String format, Collection<StagedGraph.PoolList> poolLists) {
        StringBuilder r = new StringBuilder(RULES).append('\u0000').append(format);
        poolLists.stream().map(l -> l.pool() + '\u0001' + l.date()).sorted().forEach(l -> r.append('\u0000').append(l));
        this.rule = r.toString().getBytes(StandardCharsets.UTF_8);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprint of {@code row}, a value of {@code kind} as this import's file states it. */
    long of(EdgeKind<?> kind, EdgeRow row) {
        bytes.reset();
        write(rule);
        text(kind.bundleKey());
        text(row.from());
        text(row.to());
        value(row.props());
        sha256.reset();
        return ByteBuffer.wrap(sha256.digest(bytes.toByteArray())).getLong();
    }

    /**
     * How the initial load writes a relationship of {@code kind}: as {@code decorate} makes the row, with the
     * fingerprint of the row the file states, as a transactional import of the same file would.
     */
    java.util.function.UnaryOperator<EdgeRow> stamping(EdgeKind<?> kind, java.util.function.UnaryOperator<EdgeRow> decorate) {
        return row -> with(decorate.apply(row), of(kind, row));
    }

    /** {@code row} with its fingerprint among its properties. */
    static EdgeRow with(EdgeRow row, long fingerprint) {
        Map<String, Object> props = new java.util.HashMap<>(row.props());
        props.put(PROPERTY, fingerprint);
        return new EdgeRow(row.from(), row.to(), props);
    }

    private void value(Object v) {
        if (v == null) {
            bytes.write(0);
        } else if (v instanceof String s) {
            bytes.write(1);
            text(s);
        } else if (v instanceof Map<?, ?> map) {
            bytes.write(2);
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            number(sorted.size());
            sorted.forEach((k, x) -> {
                text(k);
                value(x);
            });
        } else if (v instanceof List<?> list) {
            bytes.write(3);
            number(list.size());
            list.forEach(this::value);
        } else {
            // numbers, dates, booleans: the type and its text, so 1 and "1" and 1.0 differ
            bytes.write(4);
            text(v.getClass().getName());
            text(v.toString());
        }
    }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        number(b.length);
        write(b);
    }

    private void number(int n) {
        bytes.write(n >>> 24);
        bytes.write(n >>> 16);
        bytes.write(n >>> 8);
        bytes.write(n);
    }

    private void write(byte[] b) {
        bytes.write(b, 0, b.length);
    }
}
