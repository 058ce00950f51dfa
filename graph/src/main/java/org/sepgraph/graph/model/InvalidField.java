package org.sepgraph.graph.model;

/** A user-supplied value that breaks a rule of the model; names the field so clients can fix it. */
public class InvalidField extends RuntimeException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
