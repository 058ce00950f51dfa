package org.sepgraph.queries.binding;

/** A patent a pool holds on the date that no standard it binds justifies, or that is not in force. */
public record RedFlag(String patent, Reason reason) {}
