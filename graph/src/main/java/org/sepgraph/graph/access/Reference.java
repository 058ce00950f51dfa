package org.sepgraph.graph.access;

/** A payload field that names another node, which must exist before the payload is written. */
public record Reference(String field, Label label, String id) {}
