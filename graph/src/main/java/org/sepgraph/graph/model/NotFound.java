package org.sepgraph.graph.model;

/** A thing named by id that the store does not hold. */
public class NotFound extends RuntimeException {
    private final String field;

    public NotFound(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that named the missing thing (a path parameter or a body field). */
    public String field() {
        return field;
    }
}
