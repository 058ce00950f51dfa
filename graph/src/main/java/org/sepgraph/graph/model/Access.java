package org.sepgraph.graph.model;

/**
 * What an API key may do, each role including the ones before it: READER asks questions and reads, EDITOR also
 * writes and imports, ADMIN also manages keys, reads the audit trail, exports, and sees every licence's terms.
 */
public enum Access {
    READER, EDITOR, ADMIN;

    /** True when this role may do what {@code needed} may. */
    public boolean includes(Access needed) {
        return ordinal() >= needed.ordinal();
    }
}
