package org.sepgraph.queries;

/**
 * What an answer counts: families (the default; a patent without a family is a family of its own) or single
 * patents. Also says what a listed item is.
 */
public enum Unit {
    FAMILY,
    PATENT
}
