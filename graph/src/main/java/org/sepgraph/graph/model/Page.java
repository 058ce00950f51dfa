package org.sepgraph.graph.model;

import java.util.List;

/** One page of a list, with the exact total of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public Page {
        items = List.copyOf(items);
    }

    /** A validated request for one page. */
    public record Request(int page, int size) {
        public Request {
            if (page < 0) {
                throw new InvalidField("page", "page must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidField("size", "size must be between 1 and " + MAX_SIZE);
            }
        }

        public static Request of(Integer page, Integer size) {
            return new Request(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        }

        public long skip() {
            return (long) page * size;
        }
    }
}
