package org.sepgraph.queries.reference;

/**
 * The Cypher fragments the questions share, each written once and composed into the statements (never with user
 * input: only variable names of the statements themselves). The rules are DESIGN.md's.
 */
public final class Fragments {
    private Fragments() {}

    /** Patent {@code x} is in force on {@code $asOf}: GRANTED or PENDING, not before filing, not after expiry. */
    public static String inForce(String x) {
        return ("%1$s.status IN ['GRANTED', 'PENDING'] AND (%1$s.filed IS NULL OR %1$s.filed <= $asOf)"
                + " AND (%1$s.expires IS NULL OR $asOf <= %1$s.expires)").formatted(x);
    }

    /** Pool membership {@code r} (IN_POOL) holds on {@code $asOf}: since ≤ $asOf ≤ until, a missing end open. */
    public static String heldOn(String r) {
        return "(%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR $asOf <= %1$s.until)"
                .formatted(r);
    }

    /** Licence {@code l} is in force on {@code $asOf}: granted ≤ $asOf ≤ expires, a missing end open. */
    public static String licenseInForce(String l) {
        return "(%1$s.granted IS NULL OR %1$s.granted <= $asOf) AND (%1$s.expires IS NULL OR $asOf <= %1$s.expires)"
                .formatted(l);
    }

    /**
     * A subquery giving each patent {@code x} of the essential set of standard {@code s} on {@code $asOf} once:
     * declared, other than REJECTED, to {@code s} or a part of it at any depth, in force, and in
     * {@code $territories} (empty: all) — the essential set E of DESIGN.md. Indented by {@code indent} spaces.
     */
    public static String essentialSet(String s, String x, int indent) {
        String pad = " ".repeat(indent);
        return """
                OPTIONAL CALL (%1$s) {
                  MATCH (%1$s)<-[:PART_OF*0..]-(part:Standard)
                  WITH DISTINCT part
                  MATCH (part)<-[d:DECLARED_ESSENTIAL]-(%2$s:Patent)
                  WHERE coalesce(d.assessment, 'DECLARED') <> 'REJECTED'
                    AND %3$s
                    AND (size($territories) = 0 OR %2$s.jurisdiction IN $territories)
                  RETURN DISTINCT %2$s
                }""".formatted(s, x, inForce(x)).replace("\n", "\n" + pad);
    }

    /**
     * A subquery giving each organisation {@code m} of organisation {@code o}'s corporate group once (o itself
     * included: AFFILIATE_OF links either way, transitively), indented by {@code indent} spaces.
     */
    public static String group(String o, String m, int indent) {
        String pad = " ".repeat(indent);
        return """
                CALL (%1$s) {
                  MATCH (%1$s)-[:AFFILIATE_OF*0..]-(%2$s:Organization)
                  RETURN DISTINCT %2$s
                }""".formatted(o, m).replace("\n", "\n" + pad);
    }
}
