package org.sepgraph.graph.model;

/** A body field that names an id the store does not hold (a patent's family, a licence's grantee, ...). */
public class UnknownReference extends RuntimeException {
    private final String field;

    public UnknownReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
