package org.sepgraph.graph.access;

/**
 * What a write did: the value as stored, the version of the store it created (its change log entry), and whether
 * it created the value (rather than replacing one).
 */
public record Written<T>(T value, long version, boolean created) {}
