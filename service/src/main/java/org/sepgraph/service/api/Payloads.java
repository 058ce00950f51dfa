package org.sepgraph.service.api;

import org.sepgraph.graph.model.InvalidField;

/** Request bodies: a write without one is a 400 naming it. */
final class Payloads {
    private Payloads() {}

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidField("body", "a JSON body is required");
        }
        return body;
    }
}
