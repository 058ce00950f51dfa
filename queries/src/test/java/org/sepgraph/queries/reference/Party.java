package org.sepgraph.queries.reference;

/** Who may license: an organisation or a pool (ids of the two labels may collide, so the kind is part of the key). */
public record Party(boolean pool, String id) {
    public static Party organization(String id) {
        return new Party(false, id);
    }

    public static Party pool(String id) {
        return new Party(true, id);
    }

    /** The node label, for paths. */
    public String kind() {
        return pool ? "Pool" : "Organization";
    }
}
