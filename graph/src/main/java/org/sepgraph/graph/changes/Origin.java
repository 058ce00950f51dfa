package org.sepgraph.graph.changes;

/**
 * Who made a write and through what: {@code key} is the id of the API key (null for the service itself: the demo,
 * a command-line import), {@code source} says the way in ({@code api}, {@code import:<import id>}, {@code demo},
 * {@code cli}, {@code system}).
 */
public record Origin(String key, String source) {
    public Origin {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a write needs a source");
        }
    }

    public static Origin api(String key) {
        return new Origin(key, "api");
    }

    public static Origin system(String what) {
        return new Origin(null, what);
    }
}
